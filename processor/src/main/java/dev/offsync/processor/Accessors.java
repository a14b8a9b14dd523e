package dev.offsync.processor;

import com.palantir.javapoet.CodeBlock;

/** Expressions that read and set a property of an entity, and convert system-property values. */
final class Accessors {

  private Accessors() {}

  /** {@code entity.title()}, {@code entity.getTitle()} or {@code entity.title}. */
  static CodeBlock read(PropertyModel property, String entity) {
    return property.read().kind() == Access.Kind.FIELD
        ? CodeBlock.of("$N.$N", entity, property.read().name())
        : CodeBlock.of("$N.$N()", entity, property.read().name());
  }

  /** {@code entity.setTitle(value)} or {@code entity.title = value}, for classes. */
  static CodeBlock write(PropertyModel property, String entity, CodeBlock value) {
    return property.write().kind() == Access.Kind.FIELD
        ? CodeBlock.of("$N.$N = $L", entity, property.write().name(), value)
        : CodeBlock.of("$N.$N($L)", entity, property.write().name(), value);
  }

  /**
   * {@code value} in its column form: through the definition's converter of a {@code @Convert} property
   * ({@code TodoItem_Definition.TAGS.toColumnOrNull(value)}), else as it is.
   */
  static CodeBlock toColumn(TableModel model, PropertyModel property, CodeBlock value) {
    return property.converted()
        ? CodeBlock.of("$T.$N.toColumnOrNull($L)", model.definitionClass(), converterField(property), value)
        : value;
  }

  /** A column-form {@code value} as the property's own type; see {@link #toColumn}. */
  static CodeBlock fromColumn(TableModel model, PropertyModel property, CodeBlock value) {
    return property.converted()
        ? CodeBlock.of("$T.$N.fromColumnOrNull($L)", model.definitionClass(), converterField(property), value)
        : value;
  }

  /**
   * The definition's static field holding a property's converter, {@code tagsConverter}: unique because property
   * names are, apart from the definition's upper-case statics, and always qualified, so no local shadows it.
   */
  static String converterField(PropertyModel property) {
    return property.javaName() + "Converter";
  }

  /** The {@code Instant} from a {@code SystemProperties} as the property's own type. */
  static CodeBlock fromSystemInstant(PropertyModel property, CodeBlock instant) {
    return property.kind() == ValueKind.OFFSET_DATETIME
        ? CodeBlock.of("$T.toUtc($L)", TypeNames.VALUES, instant)
        : instant;
  }
}
