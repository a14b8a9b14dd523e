package dev.offsync.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @SyncTable} type as found in the source, before validation.
 *
 * @param type the annotated type
 * @param syncTable its {@code @SyncTable} annotation
 * @param tableName the given or defaulted table name
 * @param tableNameValue the explicit annotation value, or null when the name is defaulted
 * @param properties the candidate columns in source order: record components, or the class's instance fields
 *     that are neither static, transient nor {@code @Ignore}d
 */
record ScannedType(TypeElement type, AnnotationMirror syncTable, String tableName, AnnotationValue tableNameValue,
    List<PropertyElement> properties) {

  ScannedType {
    properties = List.copyOf(properties);
  }

  boolean isRecord() {
    return type.getKind() == ElementKind.RECORD;
  }
}
