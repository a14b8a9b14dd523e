package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Local variable names for one generated method, from a {@link NameAllocator} that already holds every simple
 * type name and package root the generated code refers to, so that no local (named after a user's field, such
 * as {@code in}, {@code entity} or {@code Values}) can shadow a parameter, another local or a type.
 */
final class Locals {

  private static final List<ClassName> USED = List.of(TypeNames.TABLE_DEFINITION, TypeNames.COLUMN_DEFINITION,
      TypeNames.COLUMN_TYPE, TypeNames.SYSTEM_PROPERTIES, TypeNames.DECODED, TypeNames.VALUES,
      TypeNames.JSON_VALUES, TypeNames.ROW_VALUES, TypeNames.JSON_GENERATOR, TypeNames.JSON_PARSER,
      TypeNames.JSON_TOKEN, ClassName.get(List.class), ClassName.get(String.class), ClassName.get(Boolean.class),
      ClassName.get(Override.class), ClassName.get(Class.class), ClassName.get("java.io", "IOException"),
      ClassName.get("java.sql", "SQLException"), ClassName.get("java.sql", "PreparedStatement"),
      ClassName.get("java.sql", "ResultSet"), ClassName.get("java.time", "Instant"),
      ClassName.get("java.time", "OffsetDateTime"));

  private final NameAllocator names = new NameAllocator();
  private final Set<String> reserved = new HashSet<>();

  /** Locals for a method of the model's definition, with its parameters taken first, in order. */
  Locals(TableModel model, String... parameters) {
    USED.forEach(this::reserve);
    reserve(model.entity());
    model.properties().forEach(property -> reserve(property.type()));
    for (String parameter : parameters) {
      names.newName(parameter, parameter);
    }
  }

  /** A new local, named after {@code suggestion} if that is free, remembered under {@code tag}. */
  String newName(String suggestion, Object tag) {
    return names.newName(suggestion, tag);
  }

  /** The name given to {@code tag}: a parameter's own name, or an earlier {@link #newName}. */
  String get(Object tag) {
    return names.get(tag);
  }

  private void reserve(TypeName type) {
    if (type instanceof ClassName className) {
      reserveOnce(className.packageName().split("\\.")[0]);
      className.simpleNames().forEach(this::reserveOnce);
    }
  }

  private void reserveOnce(String name) {
    if (!name.isEmpty() && reserved.add(name)) {
      names.newName(name, "type:" + name);
    }
  }
}
