package dev.offsync.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @SyncDatabase} type as found in the source, before validation.
 *
 * @param type the annotated type
 * @param annotation its {@code @SyncDatabase}
 * @param tables the listed types in the annotation's order, duplicates included
 * @param methods the abstract methods the generated class must implement, declared ones first, in source order
 * @param extendsRuntime whether the type extends the runtime's {@code OffsyncDatabase}
 */
record ScannedDatabase(TypeElement type, AnnotationMirror annotation, List<ListedTable> tables,
    List<ExecutableElement> methods, boolean extendsRuntime) {

  ScannedDatabase {
    tables = List.copyOf(tables);
    methods = List.copyOf(methods);
  }

  /** The first listed valid table with this qualified name, or null. */
  ListedTable table(String qualifiedName) {
    return tables.stream()
        .filter(table -> table.syncTable() && table.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElse(null);
  }
}
