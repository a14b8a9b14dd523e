package dev.offsync.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @SyncDao} interface that a {@code @SyncDatabase} interface returns, as found in the source.
 *
 * @param type the annotated interface
 * @param methods its abstract methods and those of its superinterfaces, declared ones first
 */
record ScannedDao(TypeElement type, List<ExecutableElement> methods) {

  ScannedDao {
    methods = List.copyOf(methods);
  }

  String qualifiedName() {
    return type.getQualifiedName().toString();
  }
}
