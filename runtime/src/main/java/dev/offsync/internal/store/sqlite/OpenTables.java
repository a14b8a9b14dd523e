package dev.offsync.internal.store.sqlite;

import dev.offsync.schema.TableDefinition;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The tables a SQLite store was opened with and their SQL, by name; immutable, so safe to read from any thread.
 * Public for the Android store, which keeps the same check.
 */
public final class OpenTables {

  private record Known(TableDefinition<?> definition, RowSql rows) {}

  private final Map<String, Known> tables;

  /** The SQL of each of these tables. */
  public OpenTables(Collection<? extends TableDefinition<?>> definitions) {
    Map<String, Known> known = new HashMap<>();
    for (TableDefinition<?> table : definitions) {
      known.put(table.tableName(), new Known(table, new RowSql(table)));
    }
    tables = Map.copyOf(known);
  }

  /**
   * The SQL of a table the store was opened with.
   *
   * @param store the store's description, for the message
   * @throws IllegalArgumentException for another table, or this table with another schema hash
   */
  public RowSql rows(TableDefinition<?> definition, String store) {
    Known known = tables.get(definition.tableName());
    if (known == null || !known.definition().schemaHash().equals(definition.schemaHash())) {
      throw new IllegalArgumentException("Table '" + definition.tableName() + "' is not part of the local"
          + " store " + store + (known == null ? "" : " in this version (its schema hash differs)")
          + "; add its definition when building the client");
    }
    return known.rows();
  }
}
