package dev.offsync.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads Offsync annotations by qualified name, so that the processor does not load the annotation classes. */
final class Annotations {

  private Annotations() {}

  /** The Offsync annotations on an element, by qualified name, in source order. */
  static Map<String, AnnotationMirror> offsync(Element element) {
    Map<String, AnnotationMirror> found = new LinkedHashMap<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.startsWith(TypeNames.ANNOTATIONS + ".")) {
        found.put(name, mirror);
      }
    }
    return found;
  }

  /** The annotation with this qualified name, if present. */
  static Optional<AnnotationMirror> find(Element element, String annotation) {
    return Optional.ofNullable(offsync(element).get(annotation));
  }

  /** The explicitly given value of an annotation member, if any. */
  static Optional<AnnotationValue> explicitValue(AnnotationMirror annotation, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }
}
