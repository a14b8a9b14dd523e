package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field of a type Offsync does not support through a converter: {@code @Convert(TagsConverter.class)
 * List<String> tags}. The processor checks that the named class implements core's
 * {@code dev.offsync.schema.ColumnConverter<A, C>} with {@code A} the field's exact type and {@code C} a supported
 * reference column type (such as {@code String}), is public, concrete and has a public no-argument constructor.
 * The JSON and JDBC codecs and the table's typed constant (a {@code ConvertedField}) all go through it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Convert {

  /** The converter class, implementing {@code ColumnConverter<FieldType, ColumnType>}. */
  Class<?> value();
}
