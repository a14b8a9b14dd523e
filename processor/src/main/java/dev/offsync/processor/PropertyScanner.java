package dev.offsync.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /** Properties a converter registered on a database never applies to. */
  private static final List<String> NOT_CONVERTED = List.of(TypeNames.ID, TypeNames.UPDATED_AT, TypeNames.VERSION,
      TypeNames.DELETED, TypeNames.IGNORE);

  private final Types types;
  private final DatabaseConverters databaseConverters;

  PropertyScanner(Types types, DatabaseConverters databaseConverters) {
    this.types = types;
    this.databaseConverters = databaseConverters;
  }

  ScannedType scan(TypeElement type) {
    AnnotationMirror syncTable = Annotations.find(type, TypeNames.SYNC_TABLE).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(syncTable, "value")
        .filter(v -> !String.valueOf(v.getValue()).isEmpty())
        .orElse(null);
    String tableName = value != null
        ? String.valueOf(value.getValue())
        : type.getSimpleName().toString().toLowerCase(Locale.ROOT);
    List<DatabaseConverters.Registered> registered = databaseConverters.forTable(type);
    List<PropertyElement> properties = type.getKind() == ElementKind.RECORD ? components(type, registered)
        : fields(type, registered);
    return new ScannedType(type, syncTable, tableName, value, properties);
  }

  /**
   * Record components, each represented by the record's private field of the same name: javac cannot place a
   * message on a record component, but can on that field, which carries the same annotations and position.
   */
  private List<PropertyElement> components(TypeElement type, List<DatabaseConverters.Registered> registered) {
    Map<String, Element> fields = new HashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    List<PropertyElement> properties = new ArrayList<>();
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
      String name = component.getSimpleName().toString();
      Element element = fields.getOrDefault(name, component);
      properties.add(new PropertyElement(element, name, component.asType(), Annotations.offsync(element), null,
          null, true, converter(element, component.asType(), registered), false));
    }
    return properties;
  }

  /**
   * The stored fields of a class and of its superclasses, the topmost superclass's first, so that an abstract
   * base with the system properties (a {@code SyncEntity}) gives columns too. Types are taken as members of the
   * annotated class, so a generic base's {@code K id} is the subclass's {@code String id}.
   */
  private List<PropertyElement> fields(TypeElement type, List<DatabaseConverters.Registered> registered) {
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
              converter(field, fieldType, registered), otherPackage));
        }
      }
    }
    return properties;
  }

  /**
   * The property's {@code @Convert} with its converter's {@code ColumnConverter} type arguments; else the usable
   * converter registered on a database listing the table for exactly the property's type (several different
   * ones give an element naming them all, which the validator reports); else null. System properties and
   * ignored components take no registered converter.
   */
  private ConverterElement converter(Element element, TypeMirror propertyType,
      List<DatabaseConverters.Registered> registered) {
    AnnotationMirror convert = Annotations.find(element, TypeNames.CONVERT).orElse(null);
    AnnotationValue value = convert == null ? null : Annotations.explicitValue(convert, "value").orElse(null);
    if (value == null || !(value.getValue() instanceof DeclaredType converter)) {
      return convert == null && !NOT_CONVERTED.stream().anyMatch(a -> Annotations.find(element, a).isPresent())
          ? registered(propertyType, registered) : null;
    }
    DeclaredType implemented = DatabaseConverters.columnConverter(types, converter);
    TypeMirror appType = implemented == null ? null : implemented.getTypeArguments().get(0);
    return new ConverterElement(convert, value, (TypeElement) converter.asElement(), appType,
        implemented == null ? null : implemented.getTypeArguments().get(1),
        appType != null && types.isSameType(appType, propertyType), List.of());
  }

  private ConverterElement registered(TypeMirror propertyType, List<DatabaseConverters.Registered> registered) {
    Map<String, DatabaseConverters.Registered> matching = new LinkedHashMap<>();
    for (DatabaseConverters.Registered candidate : registered) {
      if (candidate.usable() && types.isSameType(candidate.appType(), propertyType)) {
        matching.putIfAbsent(candidate.name(), candidate);
      }
    }
    if (matching.isEmpty()) {
      return null;
    }
    DatabaseConverters.Registered first = matching.values().iterator().next();
    List<String> all = matching.size() == 1 ? List.of() : matching.values().stream()
        .map(r -> r.name() + " (on " + r.database().getQualifiedName() + ")").toList();
    return new ConverterElement(null, null, first.converter(), first.appType(), first.columnType(), true, all);
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
