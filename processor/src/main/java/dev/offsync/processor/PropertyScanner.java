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
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds a {@code @SyncTable} type's table name and candidate columns, with the accessors of class fields; a class's
 * candidates include its superclasses' fields.
 */
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
  private List<PropertyElement> components(TypeElement type) {
    Map<String, Element> fields = new HashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    List<PropertyElement> properties = new ArrayList<>();
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
      String name = component.getSimpleName().toString();
      Element element = fields.getOrDefault(name, component);
      properties.add(new PropertyElement(element, name, component.asType(), Annotations.offsync(element), null,
          null, true, converter(element, component.asType()), false));
    }
    return properties;
  }

  /**
   * The stored fields of a class and of its superclasses, the topmost superclass's first, so that an abstract
   * base with the system properties (a {@code SyncEntity}) gives columns too. Types are taken as members of the
   * annotated class, so a generic base's {@code K id} is the subclass's {@code String id}.
   */
  private List<PropertyElement> fields(TypeElement type) {
    DeclaredType owner = (DeclaredType) type.asType();
    List<ExecutableElement> methods = new ArrayList<>();
    List<PropertyElement> properties = new ArrayList<>();
    for (TypeElement declaring : hierarchy(type)) {
      boolean otherPackage = !packageOf(declaring).equals(packageOf(type));
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (!otherPackage || method.getModifiers().contains(Modifier.PUBLIC)) {
          methods.add(method); // what generated code, in the annotated type's package, can call
        }
      }
    }
    for (TypeElement declaring : hierarchy(type)) {
      boolean otherPackage = !packageOf(declaring).equals(packageOf(type));
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        if (isColumnCandidate(field)) {
          String name = field.getSimpleName().toString();
          TypeMirror fieldType = types.asMemberOf(owner, field);
          properties.add(new PropertyElement(field, name, fieldType, Annotations.offsync(field),
              getter(owner, methods, name, fieldType), setter(owner, methods, name, fieldType), false,
              converter(field, fieldType), otherPackage));
        }
      }
    }
    return properties;
  }

  /** The property's {@code @Convert} with its converter's {@code ColumnConverter} type arguments, or null. */
  private ConverterElement converter(Element element, TypeMirror propertyType) {
    AnnotationMirror convert = Annotations.find(element, TypeNames.CONVERT).orElse(null);
    AnnotationValue value = convert == null ? null : Annotations.explicitValue(convert, "value").orElse(null);
    if (value == null || !(value.getValue() instanceof DeclaredType converter)) {
      return null;
    }
    DeclaredType implemented = columnConverter(converter);
    TypeMirror appType = implemented == null ? null : implemented.getTypeArguments().get(0);
    return new ConverterElement(convert, value, (TypeElement) converter.asElement(), appType,
        implemented == null ? null : implemented.getTypeArguments().get(1),
        appType != null && types.isSameType(appType, propertyType));
  }

  /** The {@code ColumnConverter<A, C>} among the supertypes of {@code type}, as {@code type} binds it, or null. */
  private DeclaredType columnConverter(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared && ((TypeElement) declared.asElement()).getQualifiedName()
          .contentEquals(TypeNames.COLUMN_CONVERTER.canonicalName())) {
        return declared.getTypeArguments().size() == 2 ? declared : null;
      }
      DeclaredType found = columnConverter(supertype);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The class and its superclasses below {@code Object}, the topmost first. */
  private static List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement current = type; current != null; current = superclass(current)) {
      classes.add(0, current);
    }
    return classes;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  static String packageOf(Element element) {
    Element current = element;
    while (current.getKind() != ElementKind.PACKAGE) {
      current = current.getEnclosingElement();
    }
    return ((PackageElement) current).getQualifiedName().toString();
  }

  /** Whether a class field is stored: not static, not transient, not {@code @Ignore}d. */
  static boolean isColumnCandidate(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
        && Annotations.find(field, TypeNames.IGNORE).isEmpty();
  }

  private ExecutableElement getter(DeclaredType owner, List<ExecutableElement> methods, String field,
      TypeMirror type) {
    for (ExecutableElement method : methods) {
      String name = method.getSimpleName().toString();
      boolean named = name.equals(getterName(field, type)) || name.equals("get" + capitalize(field));
      if (named && method.getParameters().isEmpty() && usable(method)
          && types.isSameType(asMember(owner, method).getReturnType(), type)) {
        return method;
      }
    }
    return null;
  }

  private ExecutableElement setter(DeclaredType owner, List<ExecutableElement> methods, String field,
      TypeMirror type) {
    for (ExecutableElement method : methods) {
      if (method.getSimpleName().contentEquals("set" + capitalize(field)) && method.getParameters().size() == 1
          && usable(method) && types.isSameType(asMember(owner, method).getParameterTypes().get(0), type)) {
        return method;
      }
    }
    return null;
  }

  private ExecutableType asMember(DeclaredType owner, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf(owner, method);
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
