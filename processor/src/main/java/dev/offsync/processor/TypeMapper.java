package dev.offsync.processor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Maps a declared Java type to the {@link ValueKind} that stores it, if it is supported. */
final class TypeMapper {

  private static final Map<TypeKind, ValueKind> PRIMITIVES = Map.of(
      TypeKind.BOOLEAN, ValueKind.BOOLEAN, TypeKind.BYTE, ValueKind.BYTE, TypeKind.SHORT, ValueKind.SHORT,
      TypeKind.INT, ValueKind.INT, TypeKind.LONG, ValueKind.LONG, TypeKind.CHAR, ValueKind.CHAR,
      TypeKind.FLOAT, ValueKind.FLOAT, TypeKind.DOUBLE, ValueKind.DOUBLE);

  private static final Map<String, ValueKind> DECLARED = Map.ofEntries(
      Map.entry("java.lang.String", ValueKind.STRING),
      Map.entry("java.lang.Boolean", ValueKind.BOOLEAN),
      Map.entry("java.lang.Byte", ValueKind.BYTE),
      Map.entry("java.lang.Short", ValueKind.SHORT),
      Map.entry("java.lang.Integer", ValueKind.INT),
      Map.entry("java.lang.Long", ValueKind.LONG),
      Map.entry("java.lang.Character", ValueKind.CHAR),
      Map.entry("java.lang.Float", ValueKind.FLOAT),
      Map.entry("java.lang.Double", ValueKind.DOUBLE),
      Map.entry("java.math.BigDecimal", ValueKind.DECIMAL),
      Map.entry("java.time.Instant", ValueKind.INSTANT),
      Map.entry("java.time.OffsetDateTime", ValueKind.OFFSET_DATETIME),
      Map.entry("java.time.LocalDate", ValueKind.DATE),
      Map.entry("java.time.LocalTime", ValueKind.TIME),
      Map.entry("java.time.LocalDateTime", ValueKind.LOCAL_DATETIME),
      Map.entry("java.util.UUID", ValueKind.UUID));

  private static final Set<String> COLLECTIONS = Set.of("java.util.Collection", "java.util.List",
      "java.util.Set");

  private TypeMapper() {}

  /** The kind storing this type, or empty if the type is not supported. */
  static Optional<ValueKind> kindOf(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return Optional.ofNullable(PRIMITIVES.get(type.getKind()));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
          ? Optional.of(ValueKind.BYTES) : Optional.empty();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(ValueKind.ENUM);
    }
    return Optional.ofNullable(DECLARED.get(element.getQualifiedName().toString()));
  }

  /**
   * The element type of a query parameter holding several values, for {@code in (:ids)}: an array's component
   * (not of {@code byte[]}, which is one value) or the type argument of a {@code Collection}, {@code List} or
   * {@code Set} ({@code ? extends E} gives {@code E}); empty for other types.
   */
  static Optional<TypeMirror> collectionElement(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      return component.getKind() == TypeKind.BYTE ? Optional.empty() : Optional.of(component);
    }
    if (!COLLECTIONS.contains(qualifiedName(type)) || ((DeclaredType) type).getTypeArguments().size() != 1) {
      return Optional.empty();
    }
    TypeMirror argument = ((DeclaredType) type).getTypeArguments().get(0);
    if (argument instanceof WildcardType wildcard) {
      return Optional.ofNullable(wildcard.getExtendsBound());
    }
    return Optional.of(argument);
  }

  /** The qualified name of a declared type without its type annotations, or "" for other types. */
  static String qualifiedName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : "";
  }

  /** Whether the type, or one of its enclosing types, is private, so that generated code cannot name it. */
  static boolean isPrivate(Element type) {
    for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the type or a part of it (an array's component, a type argument) could not be resolved. */
  static boolean isUnresolved(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return isUnresolved(((ArrayType) type).getComponentType());
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeMapper::isUnresolved);
      default:
        return false;
    }
  }
}
