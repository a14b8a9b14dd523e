package dev.offsync.server.internal.storage;

import static dev.offsync.server.internal.storage.Sql.quote;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.internal.model.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Creates the service's tables at start-up: real columns of the table's types, the system columns, an index on
 * ({@code updatedAt}, {@code id}), one on each indexed column, and the clock row; adds data columns that an
 * existing table lacks.
 */
public final class SchemaManager {

  private final Database database;

  /** A manager for this database. */
  public SchemaManager(Database database) {
    this.database = database;
  }

  /** Creates the tables' clock, which {@code GET /health} reads, if it does not exist. */
  public void ensureClock() {
    database.write(connection -> {
      try (Statement statement = connection.createStatement()) {
        createClock(statement);
      }
      return null;
    });
  }

  /** Creates or completes the table and its clock row. */
  public void ensure(Table table) {
    database.write(connection -> {
      try (Statement statement = connection.createStatement()) {
        createClock(statement);
        statement.execute(createTableSql(table));
        addMissingColumns(connection, statement, table);
        statement.execute("CREATE INDEX IF NOT EXISTS " + quote(table.name() + "_updatedAt_id") + " ON "
            + quote(table.name()) + " (" + quote(SystemProperties.UPDATED_AT) + ", " + quote(SystemProperties.ID)
            + ")");
        createColumnIndexes(statement, table);
      }
      new TableStore(database.dialect(), table, database.statements()).seedClock(connection);
      return null;
    });
  }

  /**
   * An index on each column the model declares indexed ({@code @Index}): the columns an app looks items up by
   * locally are the ones its queries to the service filter on, which would otherwise scan the whole table.
   */
  private static void createColumnIndexes(Statement statement, Table table) throws SQLException {
    for (ColumnDefinition column : table.columns()) {
      if (column.indexed()) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + quote(table.name() + "_" + column.name() + "_index")
            + " ON " + quote(table.name()) + " (" + quote(column.name()) + ")");
      }
    }
  }

  private static void createClock(Statement statement) throws SQLException {
    statement.execute("CREATE TABLE IF NOT EXISTS " + quote(Sql.CLOCK_TABLE) + " (" + quote("table")
        + " TEXT PRIMARY KEY, " + quote("last") + " BIGINT NOT NULL)");
  }

  private String createTableSql(Table table) {
    Dialect dialect = database.dialect();
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(quote(table.name())).append(" (")
        .append(quote(SystemProperties.ID)).append(' ').append(dialect.idType()).append(" PRIMARY KEY, ")
        .append(quote(SystemProperties.UPDATED_AT)).append(' ').append(dialect.updatedAtType()).append(" NOT NULL, ")
        .append(quote(SystemProperties.VERSION)).append(" TEXT NOT NULL, ")
        .append(quote(SystemProperties.DELETED)).append(' ').append(dialect.deletedType()).append(" NOT NULL");
    for (ColumnDefinition column : table.columns()) {
      sql.append(", ").append(quote(column.name())).append(' ').append(dialect.columnType(column.type()));
    }
    return sql.append(')').toString();
  }

  private void addMissingColumns(Connection connection, Statement statement, Table table) throws SQLException {
    Set<String> existing = existingColumns(connection, table.name());
    for (ColumnDefinition column : table.columns()) {
      if (!existing.contains(column.name().toLowerCase(Locale.ROOT))) {
        statement.execute("ALTER TABLE " + quote(table.name()) + " ADD COLUMN " + quote(column.name()) + ' '
            + database.dialect().columnType(column.type()));
      }
    }
  }

  private static Set<String> existingColumns(Connection connection, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
      while (columns.next()) {
        names.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
