package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Excludes a field from the table: it is neither stored locally nor synchronized, and has no typed constant.
 *
 * <p>On a record component, items read from the store or the service get the type's default ({@code null},
 * {@code 0}, {@code false}) for it through the canonical constructor, so a compact constructor must accept
 * that default; the copy builder and the items an insert or update returns keep the value the app passed.
 * An ignored component takes no other Offsync annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Ignore {}
