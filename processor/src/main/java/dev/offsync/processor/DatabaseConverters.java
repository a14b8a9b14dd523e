package dev.offsync.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The converters registered on {@code @SyncDatabase(converters = ...)}, by the tables the databases list: the
 * table step and the database step share one, refreshed at the start of each round, so a listed table's fields of
 * a converter's app type get the converter (unless {@code @Convert} names one) and the database's
 * {@code @Query} methods see the converted column types. Only databases compiled in this build are seen.
 */
final class DatabaseConverters {

  private final Types types;
  /** Every database seen so far, by qualified name, with its converters. */
  private final Map<String, List<Registered>> databases = new LinkedHashMap<>();
  /** Every database seen so far, by qualified name, with the qualified names of its listed tables. */
  private final Map<String, List<String>> tables = new LinkedHashMap<>();

  DatabaseConverters(Types types) {
    this.types = types;
  }

  /** Reads the {@code @SyncDatabase} types of a round. */
  void refresh(RoundEnvironment round, TypeElement syncDatabase) {
    if (syncDatabase == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(syncDatabase)) {
      if (element instanceof TypeElement database) {
        read(database);
      }
    }
  }

  private void read(TypeElement database) {
    AnnotationMirror annotation = Annotations.find(database, TypeNames.SYNC_DATABASE).orElseThrow();
    List<String> listed = new ArrayList<>();
    Annotations.explicitValue(annotation, "tables").ifPresent(value -> classes(value).forEach(table ->
        listed.add(((TypeElement) table.asElement()).getQualifiedName().toString())));
    List<Registered> converters = new ArrayList<>();
    Annotations.explicitValue(annotation, "converters").ifPresent(value -> {
      for (AnnotationValue item : values(value)) {
        if (item.getValue() instanceof DeclaredType converter) {
          DeclaredType implemented = columnConverter(types, converter);
          converters.add(new Registered(database, annotation, item, (TypeElement) converter.asElement(),
              implemented == null ? null : implemented.getTypeArguments().get(0),
              implemented == null ? null : implemented.getTypeArguments().get(1)));
        }
      }
    });
    String name = database.getQualifiedName().toString();
    databases.put(name, converters);
    tables.put(name, listed);
  }

  /** The converters of the databases that list {@code table}, in the order the databases were seen. */
  List<Registered> forTable(TypeElement table) {
    String name = table.getQualifiedName().toString();
    List<Registered> found = new ArrayList<>();
    tables.forEach((database, listed) -> {
      if (listed.contains(name)) {
        found.addAll(databases.get(database));
      }
    });
    return found;
  }

  /** The converters registered on this database. */
  List<Registered> ofDatabase(TypeElement database) {
    return databases.getOrDefault(database.getQualifiedName().toString(), List.of());
  }

  @SuppressWarnings("unchecked")
  static List<? extends AnnotationValue> values(AnnotationValue value) {
    return value.getValue() instanceof List<?> list ? (List<? extends AnnotationValue>) list : List.of(value);
  }

  private static List<DeclaredType> classes(AnnotationValue value) {
    List<DeclaredType> classes = new ArrayList<>();
    for (AnnotationValue item : values(value)) {
      if (item.getValue() instanceof DeclaredType type) {
        classes.add(type);
      }
    }
    return classes;
  }

  /** The {@code ColumnConverter<A, C>} among the supertypes of {@code type}, as {@code type} binds it, or null. */
  static DeclaredType columnConverter(Types types, TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared && ((TypeElement) declared.asElement()).getQualifiedName()
          .contentEquals(TypeNames.COLUMN_CONVERTER.canonicalName())) {
        return declared.getTypeArguments().size() == 2 ? declared : null;
      }
      DeclaredType found = columnConverter(types, supertype);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * A converter registered on a database.
   *
   * @param database the {@code @SyncDatabase} type
   * @param annotation its {@code @SyncDatabase}
   * @param value the class literal in {@code converters}, where errors about it are reported
   * @param converter the converter class
   * @param appType {@code A} of its {@code ColumnConverter<A, C>}, or null if it implements none
   * @param columnType {@code C}, or null likewise
   */
  record Registered(TypeElement database, AnnotationMirror annotation, AnnotationValue value,
      TypeElement converter, TypeMirror appType, TypeMirror columnType) {

    String name() {
      return converter.getQualifiedName().toString();
    }

    /** Whether it implements {@code ColumnConverter} with a supported reference column type and can be made. */
    boolean usable() {
      return appType != null && !columnType.getKind().isPrimitive() && TypeMapper.kindOf(columnType).isPresent()
          && TableValidator.instantiable(converter);
    }
  }
}
