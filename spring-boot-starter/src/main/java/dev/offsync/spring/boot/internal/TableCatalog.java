package dev.offsync.spring.boot.internal;

import dev.offsync.schema.TableDefinition;
import dev.offsync.server.TableSchema;
import dev.offsync.spring.boot.OffsyncProperties.TableOptions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables an application serves: its {@code @SyncTable} classes named in {@code offsync.tables}, its
 * {@code TableDefinition} and {@code TableSchema} beans, each with the options of
 * {@code offsync.table-options.<name>}.
 */
public final class TableCatalog {

  private TableCatalog() {}

  /**
   * The tables, in the order listed.
   *
   * @throws IllegalStateException naming the class, table or option that is wrong
   */
  public static List<TableSchema> resolve(List<Class<?>> models, List<TableDefinition<?>> definitions,
      List<TableSchema> schemas, Map<String, TableOptions> options) {
    List<TableSchema> tables = new ArrayList<>();
    models.forEach(model -> tables.add(TableSchema.of(definitionOf(model))));
    definitions.forEach(definition -> tables.add(TableSchema.of(definition)));
    tables.addAll(schemas);
    Map<String, TableOptions> unused = new HashMap<>(options);
    Map<String, TableSchema> byName = new LinkedHashMap<>();
    for (TableSchema table : tables) {
      if (byName.putIfAbsent(table.name(), apply(table, unused.remove(table.name()))) != null) {
        throw new IllegalStateException("Offsync table '" + table.name() + "' is listed twice (in offsync.tables"
            + " or as a TableDefinition or TableSchema bean): list it once");
      }
    }
    if (!unused.isEmpty()) {
      throw new IllegalStateException("offsync.table-options names " + unused.keySet() + ", which is not a"
          + " table served; the tables are " + byName.keySet());
    }
    return List.copyOf(byName.values());
  }

  /**
   * The generated definition of a {@code @SyncTable} class ({@code TodoItem} → {@code TodoItemTable.DEFINITION}),
   * or of a generated table class itself.
   */
  static TableDefinition<?> definitionOf(Class<?> type) {
    if (definitionField(type) != null) {
      return read(definitionField(type));
    }
    String generated = type.getPackageName() + "." + type.getSimpleName() + "Table";
    try {
      Field field = definitionField(Class.forName(generated, true, type.getClassLoader()));
      if (field != null) {
        return read(field);
      }
    } catch (ClassNotFoundException e) {
      // Reported below with the likely causes.
    }
    throw new IllegalStateException("offsync.tables names " + type.getName() + ", but " + generated + ".DEFINITION"
        + " does not exist: annotate " + type.getSimpleName() + " with @SyncTable and list offsync-processor in"
        + " the compiler's annotationProcessorPaths");
  }

  private static Field definitionField(Class<?> type) {
    try {
      Field field = type.getField("DEFINITION");
      boolean usable = Modifier.isStatic(field.getModifiers())
          && TableDefinition.class.isAssignableFrom(field.getType());
      return usable ? field : null;
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static TableDefinition<?> read(Field field) {
    try {
      return (TableDefinition<?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + field.getDeclaringClass().getName() + ".DEFINITION", e);
    }
  }

  private static TableSchema apply(TableSchema table, TableOptions options) {
    if (options == null) {
      return table;
    }
    TableSchema result = table;
    if (options.getSoftDelete() != null) {
      result = result.withSoftDelete(options.getSoftDelete());
    }
    if (options.getPageSize() != null) {
      result = result.withPageSize(options.getPageSize());
    }
    if (options.getOwnerColumn() != null) {
      result = result.withOwnerColumn(options.getOwnerColumn());
    }
    return result;
  }
}
