package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the generators need to know about one validated {@code @SyncTable} type, and nothing else.
 *
 * @param entity the annotated type
 * @param tableName the table name
 * @param record whether the entity is a record (immutable: copies through the canonical constructor)
 * @param properties the stored properties in source order, system properties included
 * @param createTableSql the SQLite {@code CREATE TABLE} statement
 * @param createIndexSql the SQLite {@code CREATE INDEX} statements
 * @param schemaText the canonical schema text the hash is computed from
 * @param schemaHash the lowercase hex SHA-256 of {@code schemaText}
 */
record TableModel(ClassName entity, String tableName, boolean record, List<PropertyModel> properties,
    String createTableSql, List<String> createIndexSql, String schemaText, String schemaHash) {

  TableModel {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(tableName, "tableName");
    properties = List.copyOf(properties);
    createIndexSql = List.copyOf(createIndexSql);
    if (properties.stream().filter(p -> p.role() == SystemRole.ID).count() != 1) {
      throw new IllegalArgumentException(entity + " needs exactly one @Id property");
    }
  }

  /** {@code TodoItemTable}, in the entity's package. */
  ClassName tableClass() {
    return ClassName.get(entity.packageName(), entity.simpleName() + "Table");
  }

  /** {@code TodoItem_Definition}, in the entity's package. */
  ClassName definitionClass() {
    return ClassName.get(entity.packageName(), entity.simpleName() + "_Definition");
  }

  /** The data columns in storage order. */
  List<PropertyModel> columns() {
    return properties.stream().filter(PropertyModel::isColumn).toList();
  }

  /** The property holding a system role, if the model declares one. */
  Optional<PropertyModel> system(SystemRole role) {
    return properties.stream().filter(p -> p.role() == role).findFirst();
  }
}
