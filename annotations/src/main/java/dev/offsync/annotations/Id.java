package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the item id, the system property {@code id}: exactly one per {@link SyncTable @SyncTable}, of type
 * {@code String}. A null id on insert is replaced by 32 lowercase hex characters, as the service does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Id {}
