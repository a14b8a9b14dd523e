package dev.offsync.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * One stored property of a validated {@code @SyncTable} type: a data column or a declared system property.
 *
 * @param javaName the field or component name
 * @param columnName the JSON and SQL name ({@code @Column}, or the protocol's name for a system property)
 * @param kind how its values are stored
 * @param type its Java type
 * @param primitive whether the Java type is primitive (a {@code NOT NULL} column)
 * @param role its system role, or {@link SystemRole#NONE} for a data column
 * @param localOnly never written to or read from JSON
 * @param indexed kept in a local index
 * @param read how generated code reads it
 * @param write how generated code sets it
 * @param converter the {@code @Convert} class, or null
 * @param columnType the stored Java type: the converter's column type, or {@code type}
 * @param serviceOwned an {@code @CreatedAt} column: read from JSON, never written to it
 */
record PropertyModel(String javaName, String columnName, ValueKind kind, TypeName type, boolean primitive,
    SystemRole role, boolean localOnly, boolean indexed, Access read, Access write, TypeName converter,
    TypeName columnType, boolean serviceOwned) {

  PropertyModel {
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(columnName, "columnName");
    if (role != SystemRole.IGNORED) {
      Objects.requireNonNull(kind, "kind");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(columnType, "columnType");
    boolean system = role != SystemRole.NONE && role != SystemRole.IGNORED;
    if (system && (localOnly || indexed || !columnName.equals(role.jsonName()))) {
      throw new IllegalArgumentException("System property " + javaName + " cannot be renamed, local-only or indexed");
    }
  }

  boolean isColumn() {
    return role == SystemRole.NONE;
  }

  /** Whether it is an {@code @Ignore}d record component: in the constructor, nowhere else. */
  boolean ignored() {
    return role == SystemRole.IGNORED;
  }

  /** The value an {@code @Ignore}d component gets on reads: its type's default (null, 0, false). */
  CodeBlock defaultValue() {
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    String literal = switch (type.toString()) {
      case "boolean" -> "false";
      case "char" -> "'\\0'";
      case "byte" -> "(byte) 0";
      case "short" -> "(short) 0";
      case "long" -> "0L";
      case "float" -> "0f";
      case "double" -> "0d";
      default -> "0";
    };
    return CodeBlock.of(literal);
  }

  boolean converted() {
    return converter != null;
  }

  /** Whether pushes send it: JSON carries it and the service does not own it. */
  boolean sent() {
    return inJson() && !serviceOwned;
  }

  /** Whether JSON carries it: system properties and columns that are not local-only. */
  boolean inJson() {
    return !localOnly && role != SystemRole.IGNORED;
  }
}
