package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import dev.offsync.schema.ColumnType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A type listed in {@code @SyncDatabase(tables = ...)}, as the database step reads it.
 *
 * @param type the listed type, or null if its class literal cannot be resolved
 * @param value the class literal in the annotation, where errors about it are reported
 * @param syncTable whether the type is annotated {@code @SyncTable}
 * @param columns the columns a {@code @Query} filter may name, in table order, with their types (empty unless
 *     {@code syncTable})
 */
record ListedTable(TypeElement type, AnnotationValue value, boolean syncTable, Map<String, ColumnType> columns) {

  ListedTable {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  ClassName entity() {
    return ClassName.get(type);
  }

  String qualifiedName() {
    return type == null ? String.valueOf(value.getValue()) : type.getQualifiedName().toString();
  }
}
