package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.SchemaHash;
import java.util.ArrayList;
import java.util.List;

/** Turns a validated {@link ScannedType} into the immutable {@link TableModel} the generators read. */
final class ModelBuilder {

  private ModelBuilder() {}

  static TableModel build(ScannedType scanned) {
    List<PropertyModel> properties = new ArrayList<>();
    for (PropertyElement property : scanned.properties()) {
      properties.add(property(property));
    }
    List<PropertyModel> columns = properties.stream().filter(PropertyModel::isColumn).toList();
    List<ColumnDefinition> definitions = Schema.definitions(columns);
    return new TableModel(ClassName.get(scanned.type()), scanned.tableName(), scanned.isRecord(), properties,
        Schema.createTableSql(scanned.tableName(), columns), Schema.createIndexSql(scanned.tableName(), columns),
        SchemaHash.canonicalText(scanned.tableName(), definitions), SchemaHash.of(scanned.tableName(), definitions));
  }

  private static PropertyModel property(PropertyElement property) {
    SystemRole role = property.role();
    ValueKind kind = role == SystemRole.IGNORED ? TypeMapper.kindOf(property.type()).orElse(null)
        : TypeMapper.kindOf(property.columnType()).orElseThrow();
    String column = role == SystemRole.NONE ? TableValidator.columnName(property)
        : role == SystemRole.IGNORED ? property.name() : role.jsonName();
    TypeName converter = property.converter() == null ? null : TypeName.get(property.converter().converter()
        .asType());
    return new PropertyModel(property.name(), column, kind, TypeName.get(property.type()).withoutAnnotations(),
        property.type().getKind().isPrimitive(), role, property.has(TypeNames.LOCAL_ONLY),
        property.has(TypeNames.INDEX), read(property), write(property), converter,
        TypeName.get(property.columnType()).withoutAnnotations(), property.has(TypeNames.CREATED_AT));
  }

  private static Access read(PropertyElement property) {
    if (property.recordComponent()) {
      return new Access(Access.Kind.METHOD, property.name());
    }
    return property.getter() != null
        ? new Access(Access.Kind.METHOD, property.getter().getSimpleName().toString())
        : new Access(Access.Kind.FIELD, property.name());
  }

  private static Access write(PropertyElement property) {
    if (property.recordComponent()) {
      return new Access(Access.Kind.CONSTRUCTOR, property.name());
    }
    return property.setter() != null
        ? new Access(Access.Kind.METHOD, property.setter().getSimpleName().toString())
        : new Access(Access.Kind.FIELD, property.name());
  }
}
