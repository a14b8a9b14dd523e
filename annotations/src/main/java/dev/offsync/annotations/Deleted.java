package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the system property {@code deleted}, the service's soft-delete flag: {@code boolean} or
 * {@code Boolean}, at most one per table. Deleted items are removed from the local store by a pull.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Deleted {}
