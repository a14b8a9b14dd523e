package dev.offsync.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Checks one {@code @SyncTable} type against every rule and reports each violation on the narrowest element;
 * it never stops at the first problem, so one build shows them all.
 */
final class TableValidator {

  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  /** The column name of an {@code @CreatedAt} field, as protocol v2 services name it. */
  static final String CREATED_AT_COLUMN = "createdAt";
  private static final List<String> NOT_ON_CREATED_AT = List.of(TypeNames.COLUMN, TypeNames.LOCAL_ONLY,
      TypeNames.CONVERT);
  private static final List<String> NOT_ON_SYSTEM = List.of(TypeNames.COLUMN, TypeNames.LOCAL_ONLY, TypeNames.INDEX);

  private final Reporter reporter;

  TableValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether the type is a class or record, whose members can be scanned at all; reports nothing. */
  boolean canScan(TypeElement type) {
    return type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
  }

  /**
   * Checks what kind of type carries {@code @SyncTable}; false means its members cannot be checked at all (it
   * is an interface, enum or annotation type). Other shape errors are reported, and members are still checked.
   */
  boolean validateShape(TypeElement type) {
    String name = type.getSimpleName().toString();
    if (!canScan(type)) {
      reporter.error(Diagnostics.notClassOrRecord(name, kindWord(type.getKind())), type);
      return false;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.error(Diagnostics.abstractType(name), type);
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      reporter.error(Diagnostics.localClass(name), type);
    } else if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      reporter.error(Diagnostics.innerClass(name), type);
    } else if (TypeMapper.isPrivate(type)) {
      reporter.error(Diagnostics.privateType(name), type);
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(Diagnostics.genericType(name), type);
    }
    return true;
  }

  /** Checks the table name, the constructor and every property; true if nothing was reported. */
  boolean validate(ScannedType scanned) {
    int before = reporter.errorCount();
    checkTableName(scanned);
    checkConstructor(scanned);
    checkNonColumns(scanned.type());
    Map<SystemRole, String> roles = new HashMap<>();
    Map<String, String> columns = new HashMap<>();
    for (PropertyElement property : scanned.properties()) {
      checkProperty(property, roles, columns);
      checkAccess(scanned.type(), property);
    }
    if (!roles.containsKey(SystemRole.ID)) {
      reporter.error(Diagnostics.missingId(scanned.type().getSimpleName().toString()), scanned.type());
    }
    return reporter.errorCount() == before;
  }

  private void checkTableName(ScannedType scanned) {
    if (!TABLE_NAME.matcher(scanned.tableName()).matches()) {
      boolean defaulted = scanned.tableNameValue() == null;
      reporter.error(Diagnostics.invalidTableName(scanned.tableName(), defaulted), scanned.type(),
          scanned.syncTable(), scanned.tableNameValue());
    }
  }

  private void checkConstructor(ScannedType scanned) {
    TypeElement type = scanned.type();
    if (scanned.isRecord() || type.getModifiers().contains(Modifier.ABSTRACT) || TypeMapper.isPrivate(type)) {
      return;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return;
      }
    }
    reporter.error(Diagnostics.noConstructor(type.getSimpleName().toString()), type);
  }

  /** Offsync annotations on static or transient fields would silently do nothing, so they are errors. */
  private void checkNonColumns(TypeElement type) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      String modifier = field.getModifiers().contains(Modifier.STATIC) ? "static"
          : field.getModifiers().contains(Modifier.TRANSIENT) ? "transient" : null;
      Map<String, AnnotationMirror> annotations = Annotations.offsync(field);
      if (modifier != null && !annotations.isEmpty()) {
        String first = annotations.keySet().iterator().next();
        reporter.error(Diagnostics.notAColumn(field.getSimpleName().toString(), modifier, first), field,
            annotations.get(first));
      }
    }
  }

  private void checkProperty(PropertyElement property, Map<SystemRole, String> roles, Map<String, String> columns) {
    if (property.role() == SystemRole.IGNORED) {
      checkIgnoredComponent(property);
      return;
    }
    List<String> marks = new ArrayList<>();
    for (SystemRole role : SystemRole.system()) {
      if (property.has(role.annotation())) {
        marks.add(role.annotation());
      }
    }
    if (marks.size() > 1) {
      reporter.error(Diagnostics.twoSystemRoles(property.name(), marks.get(0), marks.get(1)), property.element(),
          property.annotation(marks.get(1)));
      return;
    }
    if (property.role() == SystemRole.NONE) {
      checkColumn(property, columns);
    } else {
      checkSystemProperty(property, roles);
      if (property.converter() != null) {
        reporter.error(Diagnostics.convertedSystemProperty(property.name(), property.role().annotation()),
            property.element(), property.converter().annotation());
      }
    }
  }

  private void checkSystemProperty(PropertyElement property, Map<SystemRole, String> roles) {
    SystemRole role = property.role();
    if (!hasSystemType(property, role)) {
      reporter.error(Diagnostics.wrongSystemType(role, property.name(), property.type().toString()),
          property.element());
    }
    String first = roles.putIfAbsent(role, property.name());
    if (first != null) {
      reporter.error(Diagnostics.duplicateSystemProperty(role.annotation(), property.name(), first),
          property.element(), property.annotation(role.annotation()));
    }
    for (String annotation : NOT_ON_SYSTEM) {
      if (property.has(annotation)) {
        reporter.error(Diagnostics.notOnSystemProperty(annotation, property.name(), role), property.element(),
            property.annotation(annotation));
      }
    }
  }

  private static boolean hasSystemType(PropertyElement property, SystemRole role) {
    String type = TypeMapper.qualifiedName(property.type());
    switch (role) {
      case ID:
      case VERSION:
        return type.equals("java.lang.String");
      case UPDATED_AT:
        return type.equals("java.time.Instant") || type.equals("java.time.OffsetDateTime");
      case DELETED:
        return property.type().getKind() == TypeKind.BOOLEAN || type.equals("java.lang.Boolean");
      default:
        return true;
    }
  }

  /** {@code Instant} or {@code OffsetDateTime}, once per model, named {@code createdAt}, no other column options. */
  private void checkCreatedAt(PropertyElement property, Map<String, String> columns) {
    String type = TypeMapper.qualifiedName(property.type());
    if (!type.equals("java.time.Instant") && !type.equals("java.time.OffsetDateTime")) {
      reporter.error(Diagnostics.wrongCreatedAtType(property.name(), property.type().toString()),
          property.element());
    }
    for (String annotation : NOT_ON_CREATED_AT) {
      if (property.has(annotation)) {
        reporter.error(Diagnostics.notOnCreatedAt(annotation, property.name()), property.element(),
            property.annotation(annotation));
        return;
      }
    }
    String first = columns.putIfAbsent(CREATED_AT_COLUMN.toLowerCase(java.util.Locale.ROOT), property.name());
    if (first != null) {
      reporter.error(Diagnostics.duplicateCreatedAt(property.name(), first), property.element(),
          property.annotation(TypeNames.CREATED_AT));
    }
  }

  /** An ignored record component is no column: any other Offsync annotation on it would do nothing. */
  private void checkIgnoredComponent(PropertyElement property) {
    for (String annotation : property.annotations().keySet()) {
      if (!annotation.equals(TypeNames.IGNORE)) {
        reporter.error(Diagnostics.ignoredRecordComponent(property.name(), annotation), property.element(),
            property.annotation(annotation));
      }
    }
  }

  private void checkColumn(PropertyElement property, Map<String, String> columns) {
    if (property.has(TypeNames.CREATED_AT)) {
      checkCreatedAt(property, columns);
      return;
    }
    checkColumnType(property);
    checkColumnName(property, columns);
  }

  private void checkColumnType(PropertyElement property) {
    if (property.converter() != null) {
      checkConverter(property, property.converter());
      return;
    }
    var kind = TypeMapper.kindOf(property.type());
    if (kind.isEmpty()) {
      reporter.error(Diagnostics.unsupportedType(property.name(), property.type().toString()), property.element());
    } else if (kind.get() == ValueKind.ENUM && TypeMapper.isPrivate(((DeclaredType) property.type()).asElement())) {
      reporter.error(Diagnostics.inaccessibleType(property.name(), property.type().toString()), property.element());
    }
  }

  private void checkConverter(PropertyElement property, ConverterElement converter) {
    String name = converter.converter().getQualifiedName().toString();
    if (!converter.ambiguous().isEmpty()) {
      reporter.error(Diagnostics.ambiguousConverters(property.name(), property.type().toString(),
          String.join(", ", converter.ambiguous())), property.element());
    } else if (!converter.implementsConverter()) {
      reporter.error(Diagnostics.notAConverter(property.name(), name), property.element(), converter.annotation(),
          converter.value());
    } else if (!converter.fitsField()) {
      reporter.error(Diagnostics.converterWrongTypes(property.name(), name, converter.appType().toString(),
          property.type().toString()), property.element(), converter.annotation(), converter.value());
    } else if (converter.columnType().getKind().isPrimitive()
        || TypeMapper.kindOf(converter.columnType()).isEmpty()) {
      reporter.error(Diagnostics.converterColumnType(property.name(), name, converter.columnType().toString()),
          property.element(), converter.annotation(), converter.value());
    } else if (!instantiable(converter.converter())) {
      reporter.error(Diagnostics.converterNotInstantiable(property.name(), name), property.element(),
          converter.annotation(), converter.value());
    }
  }

  /** Public, concrete, top-level or static, with a public no-argument constructor: generated code makes one. */
  static boolean instantiable(TypeElement type) {
    boolean shape = type.getModifiers().contains(Modifier.PUBLIC) && !type.getModifiers().contains(Modifier.ABSTRACT)
        && type.getKind() == ElementKind.CLASS
        && (type.getNestingKind() == NestingKind.TOP_LEVEL || type.getModifiers().contains(Modifier.STATIC));
    return shape && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  private void checkColumnName(PropertyElement property, Map<String, String> columns) {
    AnnotationMirror column = property.annotation(TypeNames.COLUMN);
    AnnotationValue value = column == null ? null : Annotations.explicitValue(column, "name").orElse(null);
    String name = columnName(property);
    Element at = property.element();
    if (name.startsWith("__")) {
      reporter.error(Diagnostics.reservedColumnName(name, property.name()), at, column, value);
    } else if (!COLUMN_NAME.matcher(name).matches()) {
      reporter.error(Diagnostics.invalidColumnName(name, property.name()), at, column, value);
    }
    for (SystemRole role : SystemRole.system()) {
      if (role.jsonName().equalsIgnoreCase(name)) {
        reporter.error(Diagnostics.systemColumnName(name, property.name(), role), at, column, value);
        return;
      }
    }
    String other = columns.putIfAbsent(name.toLowerCase(Locale.ROOT), property.name());
    if (other != null) {
      reporter.error(Diagnostics.duplicateColumn(name, property.name(), other), at, column, value);
    }
  }

  private void checkAccess(TypeElement type, PropertyElement property) {
    if (property.recordComponent()) {
      return;
    }
    if (property.otherPackage() && (property.getter() == null || property.setter() == null)
        && !property.fieldAccessible()) {
      // Pinned to the @SyncTable type: the superclass may come from a jar, where javac has no line to show.
      reporter.error(Diagnostics.inheritedFieldNotVisible(property.name(),
          property.element().getEnclosingElement().toString(), PropertyScanner.packageOf(type)), type);
      return;
    }
    if (property.getter() == null && !property.fieldAccessible()) {
      reporter.error(Diagnostics.noGetter(property.name(),
          PropertyScanner.getterName(property.name(), property.type())), property.element());
    }
    if (property.setter() == null && (!property.fieldAccessible() || property.fieldFinal())) {
      String setter = PropertyScanner.setterName(property.name()) + "(" + simpleName(property) + ")";
      reporter.error(Diagnostics.noSetter(property.name(), setter, property.fieldFinal()), property.element());
    }
  }

  /** The column name: {@code @Column(name)} if given, else the Java name. */
  static String columnName(PropertyElement property) {
    if (property.has(TypeNames.CREATED_AT)) {
      return CREATED_AT_COLUMN;
    }
    return Annotations.find(property.element(), TypeNames.COLUMN)
        .flatMap(column -> Annotations.explicitValue(column, "name"))
        .map(value -> String.valueOf(value.getValue()))
        .orElse(property.name());
  }

  private static String simpleName(PropertyElement property) {
    String type = property.type().toString();
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static String kindWord(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a " + kind.name().toLowerCase(Locale.ROOT);
    }
  }
}
