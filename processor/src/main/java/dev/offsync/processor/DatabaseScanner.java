package dev.offsync.processor;

import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads a {@code @SyncDatabase} type: its listed tables with their columns, and the methods to implement. */
final class DatabaseScanner {

  /** Methods of these types are implemented by every generated database, not by the app's declarations. */
  private static final Set<String> IMPLEMENTED = Set.of(TypeNames.RUNTIME_MARKER, "java.lang.AutoCloseable",
      "java.lang.Object");

  private final Types types;
  private final PropertyScanner properties;

  DatabaseScanner(Types types, PropertyScanner properties) {
    this.types = types;
    this.properties = properties;
  }

  ScannedDatabase scan(TypeElement type) {
    AnnotationMirror annotation = Annotations.find(type, TypeNames.SYNC_DATABASE).orElseThrow();
    List<ListedTable> tables = new ArrayList<>();
    Annotations.explicitValue(annotation, "tables").ifPresent(value -> {
      for (AnnotationValue table : listOf(value)) {
        tables.add(listed(table));
      }
    });
    List<ExecutableElement> methods = new ArrayList<>();
    boolean extendsRuntime = collect(type, new LinkedHashSet<>(), methods);
    Map<String, ScannedDao> daos = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      if (method.getParameters().isEmpty() && method.getReturnType() instanceof DeclaredType returned
          && returned.asElement() instanceof TypeElement dao
          && Annotations.find(dao, TypeNames.SYNC_DAO).isPresent()) {
        List<ExecutableElement> queries = new ArrayList<>();
        collect(dao, new LinkedHashSet<>(), queries);
        daos.putIfAbsent(dao.getQualifiedName().toString(), new ScannedDao(dao, queries));
      }
    }
    return new ScannedDatabase(type, annotation, tables, methods, extendsRuntime, daos);
  }

  /** Whether any unresolved type could still be generated: a listed table, a column or a method's type. */
  boolean hasUnresolved(ScannedDatabase database) {
    for (ListedTable table : database.tables()) {
      if (table.type() == null || table.syncTable() && properties.scan(table.type()).properties().stream()
          .anyMatch(property -> TypeMapper.isUnresolved(property.type()))) {
        return true;
      }
    }
    return Stream.concat(database.methods().stream(),
            database.daos().values().stream().flatMap(dao -> dao.methods().stream()))
        .anyMatch(method -> TypeMapper.isUnresolved(method.getReturnType())
            || method.getParameters().stream().anyMatch(p -> TypeMapper.isUnresolved(p.asType())));
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> listOf(AnnotationValue value) {
    return value.getValue() instanceof List<?> list ? (List<? extends AnnotationValue>) list : List.of(value);
  }

  private ListedTable listed(AnnotationValue value) {
    if (!(value.getValue() instanceof TypeMirror mirror) || mirror.getKind() != TypeKind.DECLARED) {
      return new ListedTable(null, value, false, Map.of());
    }
    TypeElement table = (TypeElement) ((DeclaredType) mirror).asElement();
    boolean syncTable = Annotations.find(table, TypeNames.SYNC_TABLE).isPresent()
        && (table.getKind() == ElementKind.CLASS || table.getKind() == ElementKind.RECORD);
    return new ListedTable(table, value, syncTable, syncTable ? columns(table) : Map.of());
  }

  /**
   * The columns a local filter may name: {@code id}, {@code updatedAt}, {@code version} and the data columns, a
   * converted one with its stored type.
   */
  private Map<String, ColumnType> columns(TypeElement table) {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    columns.put(SystemProperties.ID, ColumnType.STRING);
    columns.put(SystemProperties.UPDATED_AT, ColumnType.DATETIME);
    columns.put(SystemProperties.VERSION, ColumnType.STRING);
    for (PropertyElement property : properties.scan(table).properties()) {
      if (property.role() == SystemRole.NONE) {
        TypeMapper.kindOf(property.columnType())
            .ifPresent(kind -> columns.put(TableValidator.columnName(property), columnType(kind)));
      }
    }
    return columns;
  }

  /** Core's column type of a value kind. */
  static ColumnType columnType(ValueKind kind) {
    return kind.stored();
  }

  /** Adds the abstract methods of {@code type} and its superinterfaces; true if it extends OffsyncDatabase. */
  private boolean collect(TypeElement type, Set<String> signatures, List<ExecutableElement> methods) {
    if (IMPLEMENTED.contains(type.getQualifiedName().toString())) {
      return type.getQualifiedName().contentEquals(TypeNames.RUNTIME_MARKER);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && signatures.add(signature(method))) {
        methods.add(method);
      }
    }
    boolean extendsRuntime = false;
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        extendsRuntime |= collect((TypeElement) types.asElement(parent), signatures, methods);
      }
    }
    return extendsRuntime;
  }

  private String signature(ExecutableElement method) {
    StringBuilder signature = new StringBuilder(method.getSimpleName());
    method.getParameters().forEach(p -> signature.append(',').append(types.erasure(p.asType())));
    return signature.toString();
  }
}
