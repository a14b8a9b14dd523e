package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that holds when the service created the item: {@code @CreatedAt Instant createdAt} (or
 * {@code OffsetDateTime}). The column is always named {@code createdAt}, as protocol v2 services and the
 * reference server name it. It is read-only for the app: never sent in pushes, written locally from pulls and
 * from the service's answers to pushes, so it is null until the item's first round trip. Services that do not
 * keep it (most protocol v3 services) leave it null; the schema check at the first sync does not require it.
 * At most one per model; not with {@code @Column}, {@code @LocalOnly} or {@code @Convert}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {}
