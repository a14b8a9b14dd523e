package dev.offsync.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Finds a {@code @SyncTable} type's table name and candidate columns, with the accessors of class fields. */
final class PropertyScanner {

  private final Types types;

  PropertyScanner(Types types) {
    this.types = types;
  }

  ScannedType scan(TypeElement type) {
    AnnotationMirror syncTable = Annotations.find(type, TypeNames.SYNC_TABLE).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(syncTable, "value")
        .filter(v -> !String.valueOf(v.getValue()).isEmpty())
        .orElse(null);
    String tableName = value != null
        ? String.valueOf(value.getValue())
        : type.getSimpleName().toString().toLowerCase(Locale.ROOT);
    List<PropertyElement> properties = type.getKind() == ElementKind.RECORD ? components(type) : fields(type);
    return new ScannedType(type, syncTable, tableName, value, properties);
  }

  /**
   * Record components, each represented by the record's private field of the same name: javac cannot place a
   * message on a record component, but can on that field, which carries the same annotations and position.
   */
  private static List<PropertyElement> components(TypeElement type) {
    Map<String, Element> fields = new HashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    List<PropertyElement> properties = new ArrayList<>();
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
      String name = component.getSimpleName().toString();
      Element element = fields.getOrDefault(name, component);
      properties.add(new PropertyElement(element, name, component.asType(), Annotations.offsync(element), null,
          null, true));
    }
    return properties;
  }

  private List<PropertyElement> fields(TypeElement type) {
    List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
    List<PropertyElement> properties = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (isColumnCandidate(field)) {
        String name = field.getSimpleName().toString();
        properties.add(new PropertyElement(field, name, field.asType(), Annotations.offsync(field),
            getter(methods, name, field.asType()), setter(methods, name, field.asType()), false));
      }
    }
    return properties;
  }

  /** Whether a class field is stored: not static, not transient, not {@code @Ignore}d. */
  static boolean isColumnCandidate(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
        && Annotations.find(field, TypeNames.IGNORE).isEmpty();
  }

  private ExecutableElement getter(List<ExecutableElement> methods, String field, TypeMirror type) {
    for (ExecutableElement method : methods) {
      String name = method.getSimpleName().toString();
      boolean named = name.equals(getterName(field, type)) || name.equals("get" + capitalize(field));
      if (named && method.getParameters().isEmpty() && usable(method)
          && types.isSameType(method.getReturnType(), type)) {
        return method;
      }
    }
    return null;
  }

  private ExecutableElement setter(List<ExecutableElement> methods, String field, TypeMirror type) {
    for (ExecutableElement method : methods) {
      if (method.getSimpleName().contentEquals("set" + capitalize(field)) && method.getParameters().size() == 1
          && usable(method) && types.isSameType(method.getParameters().get(0).asType(), type)) {
        return method;
      }
    }
    return null;
  }

  private static boolean usable(ExecutableElement method) {
    return !method.getModifiers().contains(Modifier.PRIVATE) && !method.getModifiers().contains(Modifier.STATIC);
  }

  /** {@code getTitle}, or {@code isDone} for a {@code boolean}/{@code Boolean} field: what messages suggest. */
  static String getterName(String field, TypeMirror type) {
    boolean bool = type.getKind() == TypeKind.BOOLEAN || TypeMapper.qualifiedName(type).equals("java.lang.Boolean");
    return (bool ? "is" : "get") + capitalize(field);
  }

  static String setterName(String field) {
    return "set" + capitalize(field);
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
