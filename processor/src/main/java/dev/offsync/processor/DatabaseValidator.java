package dev.offsync.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Checks a {@code @SyncDatabase} type: an accessible interface without type parameters, listing each
 * {@code @SyncTable} type once, whose abstract methods are DAO accessors or valid {@code @Query} methods.
 */
final class DatabaseValidator {

  private final Reporter reporter;
  private final QueryValidator queries;
  private final DatabaseConverters converters;

  DatabaseValidator(Reporter reporter, DatabaseConverters converters) {
    this.reporter = reporter;
    this.queries = new QueryValidator(reporter);
    this.converters = converters;
  }

  /** Checks everything; true if nothing was reported. */
  boolean validate(ScannedDatabase database) {
    int before = reporter.errorCount();
    TypeElement type = database.type();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.INTERFACE) {
      reporter.error(Diagnostics.databaseNotInterface(name, kindWord(type.getKind())), type);
      return false;
    }
    if (TypeMapper.isPrivate(type)) {
      reporter.error(Diagnostics.databaseShape(name, "not be private"), type);
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(Diagnostics.databaseShape(name, "not have type parameters"), type);
    }
    checkTables(database);
    checkConverters(type);
    for (ExecutableElement method : database.methods()) {
      checkMethod(method, database);
    }
    database.daos().values().forEach(dao -> checkDao(dao, database));
    return reporter.errorCount() == before;
  }

  private void checkTables(ScannedDatabase database) {
    if (database.tables().isEmpty()) {
      reporter.error(Diagnostics.noTables(database.type().getSimpleName().toString()), database.type(),
          database.annotation());
    }
    Set<String> seen = new HashSet<>();
    for (ListedTable table : database.tables()) {
      if (!table.syncTable()) {
        reporter.error(Diagnostics.notASyncTable(table.qualifiedName()), database.type(), database.annotation(),
            table.value());
      } else if (!seen.add(table.qualifiedName())) {
        reporter.error(Diagnostics.tableListedTwice(table.qualifiedName()), database.type(),
            database.annotation(), table.value());
      }
    }
  }

  private void checkMethod(ExecutableElement method, ScannedDatabase database) {
    if (Annotations.find(method, TypeNames.QUERY_ANNOTATION).isPresent()) {
      queries.validate(method, database);
    } else if (accessedTable(method, database) == null && database.dao(method) == null) {
      reporter.error(Diagnostics.notADaoMethod(method.getSimpleName().toString(),
          method.getReturnType().toString(), daos(database)), method);
    }
  }

  /** Each registered converter implements {@code ColumnConverter} to a column type, can be made, and is alone. */
  private void checkConverters(TypeElement database) {
    Map<String, String> byAppType = new HashMap<>();
    String name = database.getSimpleName().toString();
    for (DatabaseConverters.Registered converter : converters.ofDatabase(database)) {
      String problem = null;
      if (converter.appType() == null) {
        problem = "does not implement dev.offsync.schema.ColumnConverter. Implement ColumnConverter<AppType,"
            + " ColumnType> in it";
      } else if (converter.columnType().getKind().isPrimitive()
          || TypeMapper.kindOf(converter.columnType()).isEmpty()) {
        problem = "stores " + converter.columnType() + ": not a column type. Make its second type argument one"
            + " of: " + ValueKind.SUPPORTED + " (boxed, for primitives)";
      } else if (!TableValidator.instantiable(converter.converter())) {
        problem = "generated code cannot create. Make it a public, concrete, top-level or static class with a"
            + " public no-argument constructor";
      } else {
        String first = byAppType.putIfAbsent(converter.appType().toString(), converter.name());
        if (first != null) {
          problem = "converts " + converter.appType() + " as " + first + " does. Register one converter per"
              + " type, and name others on fields with @Convert";
        }
      }
      if (problem != null) {
        reporter.error(Diagnostics.databaseConverter(name, converter.name(), problem), database,
            converter.annotation(), converter.value());
      }
    }
  }

  /** A {@code @SyncDao} interface: accessible, not generic, every abstract method a valid {@code @Query} method. */
  private void checkDao(ScannedDao dao, ScannedDatabase database) {
    TypeElement type = dao.type();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.INTERFACE) {
      reporter.error(Diagnostics.daoNotInterface(name, kindWord(type.getKind())), type);
      return;
    }
    if (TypeMapper.isPrivate(type)) {
      reporter.error(Diagnostics.daoShape(name, "not be private"), type);
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(Diagnostics.daoShape(name, "not have type parameters"), type);
    }
    for (ExecutableElement method : dao.methods()) {
      if (Annotations.find(method, TypeNames.QUERY_ANNOTATION).isPresent()) {
        queries.validate(method, database);
      } else {
        reporter.error(Diagnostics.notAQueryMethod(method.getSimpleName().toString(), name), method);
      }
    }
  }

  /** The table whose DAO a method without parameters returns, or null if it is no DAO accessor. */
  static ListedTable accessedTable(ExecutableElement method, ScannedDatabase database) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() != TypeKind.DECLARED) {
      return null;
    }
    String returned = TypeMapper.qualifiedName(method.getReturnType());
    return database.tables().stream()
        .filter(table -> table.syncTable() && DaoNames.dao(table.entity()).canonicalName().equals(returned))
        .findFirst()
        .orElse(null);
  }

  private static String daos(ScannedDatabase database) {
    return String.join(", ", database.tables().stream().filter(ListedTable::syncTable)
        .map(table -> DaoNames.dao(table.entity()).simpleName()).distinct().toList());
  }

  private static String kindWord(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case RECORD -> "a record";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
