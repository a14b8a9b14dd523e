package dev.offsync.processor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * A {@code @SyncDatabase} type as found in the source, before validation.
 *
 * @param type the annotated type
 * @param annotation its {@code @SyncDatabase}
 * @param tables the listed types in the annotation's order, duplicates included
 * @param methods the abstract methods the generated class must implement, declared ones first, in source order
 * @param extendsRuntime whether the type extends the runtime's {@code OffsyncDatabase}
 * @param daos the {@code @SyncDao} interfaces that methods without parameters return, by qualified name
 */
record ScannedDatabase(TypeElement type, AnnotationMirror annotation, List<ListedTable> tables,
    List<ExecutableElement> methods, boolean extendsRuntime, Map<String, ScannedDao> daos) {

  ScannedDatabase {
    tables = List.copyOf(tables);
    methods = List.copyOf(methods);
    daos = Collections.unmodifiableMap(new LinkedHashMap<>(daos));
  }

  /** The {@code @SyncDao} interface a method without parameters returns, or null. */
  ScannedDao dao(ExecutableElement method) {
    return method.getParameters().isEmpty() && method.getReturnType().getKind() == TypeKind.DECLARED
        ? daos.get(TypeMapper.qualifiedName(method.getReturnType())) : null;
  }

  /** The first listed valid table with this qualified name, or null. */
  ListedTable table(String qualifiedName) {
    return tables.stream()
        .filter(table -> table.syncTable() && table.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElse(null);
  }
}
