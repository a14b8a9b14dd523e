package dev.offsync.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The {@code @Convert} of a property as the source declares it, with the type arguments of the converter's
 * {@code ColumnConverter<A, C>}; read by the validator and the model builder.
 *
 * @param annotation the {@code @Convert}, where errors about it are reported
 * @param value its {@code value}
 * @param converter the converter class
 * @param appType {@code A} as the converter binds it, or null if it does not implement {@code ColumnConverter}
 * @param columnType {@code C} as the converter binds it, or null likewise
 * @param fitsField whether {@code A} is exactly the property's type
 * @param ambiguous for a converter registered on {@code @SyncDatabase} (then {@code annotation} and {@code value}
 *     are null): every registered converter of the property's type with its database, if there are several
 *     different ones; otherwise empty
 */
record ConverterElement(AnnotationMirror annotation, AnnotationValue value, TypeElement converter,
    TypeMirror appType, TypeMirror columnType, boolean fitsField, List<String> ambiguous) {

  ConverterElement {
    ambiguous = List.copyOf(ambiguous);
  }

  boolean implementsConverter() {
    return appType != null;
  }
}
