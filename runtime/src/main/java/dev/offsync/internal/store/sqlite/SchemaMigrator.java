package dev.offsync.internal.store.sqlite;

import dev.offsync.operations.OperationKind;
import dev.offsync.errors.StoreException;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one table in line with its definition, inside the store's opening transaction: creates it, adds
 * new columns in place, or rebuilds it (for removed or retyped columns) keeping its rows. The operations
 * queue and the delta tokens are never dropped; the JSON of pending inserts and updates is rewritten from
 * the migrated rows, so a push sends the item in its new shape.
 */
final class SchemaMigrator {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

  private final Connection connection;
  private final String store;
  private final Instant now;

  SchemaMigrator(Connection connection, String store, Instant now) {
    this.connection = connection;
    this.store = store;
    this.now = now;
  }

  /** Creates or migrates the table of {@code definition}. */
  void migrate(TableDefinition<?> definition) throws SQLException {
    String table = definition.tableName();
    Optional<SchemaRecord> recorded = SchemaRecord.read(connection, table);
    boolean exists = tableExists(table);
    if (recorded.isEmpty()) {
      if (exists) {
        throw new StoreException("The local store " + store + " has a table '" + table + "' that Offsync did"
            + " not create (no __schema record). Remove it, or use another store file.");
      }
      create(definition);
    } else if (!exists) {
      throw new StoreException("The local store " + store + " records table '" + table + "' but the table"
          + " is missing; the file was changed outside Offsync. Use another store file.");
    } else if (!recorded.get().schemaHash().equals(definition.schemaHash())) {
      change(definition, MigrationPlan.between(recorded.get().columns(), definition.columns()));
    } else {
      createIndexes(definition);
    }
  }

  private void create(TableDefinition<?> definition) throws SQLException {
    Sql.exec(connection, definition.createTableSql());
    createIndexes(definition);
    SchemaRecord.of(definition).write(connection, now);
  }

  private void change(TableDefinition<?> definition, MigrationPlan plan) throws SQLException {
    if (plan.inPlace()) {
      for (ColumnDefinition column : plan.added()) {
        Sql.exec(connection, addColumnSql(definition.tableName(), column));
      }
    } else {
      rebuild(definition, plan);
    }
    dropIndexes(definition.tableName());
    createIndexes(definition);
    rewritePendingItems(definition);
    SchemaRecord.of(definition).write(connection, now);
    LOG.info("Migrated table '{}' of local store {} {}: added {}, removed {}, retyped {}",
        definition.tableName(), store, plan.inPlace() ? "in place" : "by rebuilding it", names(plan.added()),
        names(plan.removed()), plan.retyped().stream().map(r -> r.to().name()).toList());
  }

  private static String addColumnSql(String table, ColumnDefinition column) {
    String type = column.type().sqliteType();
    return "ALTER TABLE " + Sql.quote(table) + " ADD COLUMN " + Sql.quote(column.name()) + " " + type
        + (column.nullable() ? "" : " NOT NULL DEFAULT " + ColumnConversion.zero(column.type()));
  }

  /** SQLite's recipe for other schema changes: move the old table aside, create, copy, drop the old one. */
  private void rebuild(TableDefinition<?> definition, MigrationPlan plan) throws SQLException {
    String table = Sql.quote(definition.tableName());
    String old = Sql.quote("__rebuild_" + definition.tableName());
    Sql.exec(connection, "ALTER TABLE " + table + " RENAME TO " + old);
    Sql.exec(connection, definition.createTableSql());
    List<String> targets = new ArrayList<>(List.of(SystemProperties.ID, SystemProperties.UPDATED_AT,
        SystemProperties.VERSION));
    List<String> values = new ArrayList<>(targets);
    values.replaceAll(Sql::quote);
    for (ColumnDefinition column : definition.columns()) {
      Optional<String> value = valueFor(definition.tableName(), column, plan);
      if (value.isPresent()) {
        targets.add(column.name());
        values.add(value.get());
      }
    }
    targets.replaceAll(Sql::quote);
    Sql.exec(connection, "INSERT INTO " + table + " (" + String.join(", ", targets) + ") SELECT "
        + String.join(", ", values) + " FROM " + old);
    Sql.exec(connection, "DROP TABLE " + old);
  }

  private Optional<String> valueFor(String table, ColumnDefinition column, MigrationPlan plan) {
    if (plan.added().contains(column)) {
      return column.nullable() ? Optional.empty() : Optional.of(ColumnConversion.zero(column.type()));
    }
    for (MigrationPlan.Retyped retyped : plan.retyped()) {
      if (retyped.to().equals(column)) {
        Optional<String> converted = ColumnConversion.expression(retyped.from(), column);
        if (converted.isEmpty()) {
          LOG.warn("Table '{}' of local store {}: values of column '{}' cannot be converted from {} to {} and"
              + " are dropped", table, store, column.name(), retyped.from().type(), column.type());
          return column.nullable() ? Optional.empty() : Optional.of(ColumnConversion.zero(column.type()));
        }
        return converted;
      }
    }
    return Optional.of(Sql.quote(column.name()));
  }

  private void createIndexes(TableDefinition<?> definition) throws SQLException {
    for (String sql : definition.createIndexSql()) {
      Sql.exec(connection, sql);
    }
  }

  private void dropIndexes(String table) throws SQLException {
    List<String> indexes = new ArrayList<>();
    String sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          indexes.add(rows.getString(1));
        }
      }
    }
    for (String index : indexes) {
      Sql.exec(connection, "DROP INDEX " + Sql.quote(index));
    }
  }

  private <T> void rewritePendingItems(TableDefinition<T> definition) throws SQLException {
    RowSql rows = new RowSql(definition);
    String update = "UPDATE " + SystemTables.OPERATIONS + " SET \"item\" = ? WHERE \"sequence\" = ?";
    try (PreparedStatement find = connection.prepareStatement(rows.findById);
        PreparedStatement write = connection.prepareStatement(update)) {
      for (PendingItem pending : pendingItems(definition.tableName())) {
        find.setString(1, pending.itemId());
        try (ResultSet row = find.executeQuery()) {
          if (row.next()) {
            Decoded<T> item = definition.readRow(row, 1);
            write.setString(1, ItemJson.write(definition, item.entity()));
            write.setLong(2, pending.sequence());
            write.executeUpdate();
          }
        }
      }
    }
  }

  private record PendingItem(long sequence, String itemId) {}

  private List<PendingItem> pendingItems(String table) throws SQLException {
    String sql = "SELECT \"sequence\", \"itemId\" FROM " + SystemTables.OPERATIONS
        + " WHERE \"table\" = ? AND \"kind\" IN ('" + OperationKind.INSERT + "', '" + OperationKind.UPDATE
        + "')";
    List<PendingItem> items = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          items.add(new PendingItem(rows.getLong(1), rows.getString(2)));
        }
      }
    }
    return items;
  }

  private boolean tableExists(String table) throws SQLException {
    String sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, table);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  private static List<String> names(List<ColumnDefinition> columns) {
    return columns.stream().map(ColumnDefinition::name).toList();
  }
}
