package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the system property {@code updatedAt}, set by the service only: {@code Instant} or
 * {@code OffsetDateTime}, at most one per table. Stored and sent with millisecond precision.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {}
