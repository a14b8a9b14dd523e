package dev.offsync.testing.internal.memory;

import dev.offsync.operations.OperationKind;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.QueuedOperation;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one in-memory table in line with its definition when a store is opened, with the SQLite store's
 * rules: a new table is created empty; for a changed schema hash, columns are matched by name, added ones get
 * null (or the zero value where not nullable), removed ones are dropped, retyped ones are converted where
 * {@link ColumnConversions} can, and dropped with a warning where not; then the JSON of pending inserts and
 * updates is rewritten from the migrated rows, so a push sends them in the new shape. The queue and the delta
 * tokens are kept.
 */
final class MemoryMigration {

  private static final Logger LOG = LoggerFactory.getLogger(MemoryMigration.class);

  private MemoryMigration() {}

  /** Creates or migrates the table of {@code definition} in the draft. */
  static <T> void apply(MemoryState draft, TableDefinition<T> definition, String store) {
    String name = definition.tableName();
    RowLayout layout = new RowLayout(definition.columns());
    MemoryTable existing = draft.tables().get(name);
    if (existing == null) {
      draft.writableTables().put(name, MemoryTable.empty(layout, definition.schemaHash()));
    } else if (!existing.schemaHash().equals(definition.schemaHash())) {
      MemoryTable migrated = MemoryTable.empty(layout, definition.schemaHash());
      for (Map.Entry<String, Object[]> row : existing.rows().entrySet()) {
        migrated.rows().put(row.getKey(), migrate(row.getValue(), existing.layout(), layout, name, store));
      }
      draft.writableTables().put(name, migrated);
      rewritePendingItems(draft, definition, migrated.rows());
      LOG.info("Migrated table '{}' of local store {}", name, store);
    }
  }

  private static Object[] migrate(Object[] row, RowLayout from, RowLayout to, String table, String store) {
    Object[] migrated = new Object[to.width()];
    System.arraycopy(row, 0, migrated, 0, RowLayout.VERSION + 1);
    for (int i = RowLayout.VERSION + 1; i < to.width(); i++) {
      ColumnDefinition column = to.column(i);
      int old = from.indexOf(column.name());
      Object value = null;
      if (old >= 0) {
        ColumnDefinition previous = from.column(old);
        if (previous.type() == column.type()) {
          value = row[old];
        } else if (ColumnConversions.converts(previous.type(), column.type())) {
          value = ColumnConversions.convert(row[old], previous.type(), column.type());
        } else if (row[old] != null) {
          LOG.warn("Table '{}' of local store {}: a value of column '{}' cannot be converted from {} to {} and"
              + " is dropped", table, store, column.name(), previous.type(), column.type());
        }
      }
      migrated[i] = value == null && !column.nullable() ? ColumnConversions.zero(column.type()) : value;
    }
    return migrated;
  }

  private static <T> void rewritePendingItems(MemoryState draft, TableDefinition<T> definition,
      NavigableMap<String, Object[]> rows) {
    for (QueuedOperation operation : draft.operations().values().toArray(QueuedOperation[]::new)) {
      boolean rewritten = operation.kind() == OperationKind.INSERT || operation.kind() == OperationKind.UPDATE;
      Object[] row = rows.get(operation.itemId());
      if (rewritten && operation.table().equals(definition.tableName()) && row != null) {
        String item = ItemJson.write(definition, RowCodec.decode(definition, row).entity());
        if (!Objects.equals(item, operation.item())) {
          draft.writableOperations().put(operation.sequence(), operation.withItem(item, operation.updatedAt()));
        }
      }
    }
  }
}
