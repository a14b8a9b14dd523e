package dev.offsync.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * One candidate column as the source declares it: a record component, or an instance field of a class with the
 * getter and setter found for it. Read by the validator and the model builder; never leaves the processing round.
 *
 * @param element the record component or field, where errors about it are reported
 * @param name the Java name
 * @param type the declared type
 * @param annotations the Offsync annotations on it, by qualified name
 * @param getter the non-private getter of a class field, or null
 * @param setter the non-private setter of a class field, or null
 * @param recordComponent whether it is a record component (read by accessor, set through the constructor)
 * @param converter its {@code @Convert}, or null
 * @param otherPackage whether a superclass in another package than the annotated type declares the field, so
 *     generated code (in the annotated type's package) sees the field only if it is public
 */
record PropertyElement(Element element, String name, TypeMirror type, Map<String, AnnotationMirror> annotations,
    ExecutableElement getter, ExecutableElement setter, boolean recordComponent, ConverterElement converter,
    boolean otherPackage) {

  PropertyElement {
    annotations = Map.copyOf(annotations);
  }

  boolean has(String annotation) {
    return annotations.containsKey(annotation);
  }

  AnnotationMirror annotation(String annotation) {
    return annotations.get(annotation);
  }

  /** Whether generated code, in the annotated type's package, can use the field itself. */
  boolean fieldAccessible() {
    return !recordComponent && (otherPackage
        ? element.getModifiers().contains(Modifier.PUBLIC)
        : !element.getModifiers().contains(Modifier.PRIVATE));
  }

  /** The type of the stored column: the converter's column type, or the property's own type. */
  TypeMirror columnType() {
    return converter == null ? type : converter.columnType();
  }

  boolean fieldFinal() {
    return element.getModifiers().contains(Modifier.FINAL);
  }

  /** The system role its annotations give it; the validator rejects more than one. */
  SystemRole role() {
    if (recordComponent && has(TypeNames.IGNORE)) {
      return SystemRole.IGNORED;
    }
    for (SystemRole role : SystemRole.system()) {
      if (has(role.annotation())) {
        return role;
      }
    }
    return SystemRole.NONE;
  }
}
