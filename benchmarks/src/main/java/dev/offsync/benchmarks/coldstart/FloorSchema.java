package dev.offsync.benchmarks.coldstart;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The cold start's floor: the schema an Offsync store of the benchmark table has (the three system tables, the
 * items table and its indexes), written out as SQL and created with raw JDBC on a new file, in the store's
 * journal settings and in one transaction. Nothing of Offsync is loaded; {@code FloorSchemaTest} checks that
 * the schema is the one Offsync creates.
 */
final class FloorSchema {

  /** Offsync's {@code PRAGMA application_id} ("OFSY"). */
  static final int APPLICATION_ID = 0x4F465359;

  static final List<String> CREATE = List.of(
      "CREATE TABLE IF NOT EXISTS \"__schema\" (\"table\" TEXT PRIMARY KEY NOT NULL, \"schemaHash\" TEXT NOT NULL,"
          + " \"columns\" TEXT NOT NULL, \"formatVersion\" INTEGER NOT NULL, \"updatedAt\" INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS \"__operations\" (\"sequence\" INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " \"table\" TEXT NOT NULL, \"itemId\" TEXT NOT NULL, \"kind\" TEXT NOT NULL, \"item\" TEXT,"
          + " \"version\" TEXT, \"state\" TEXT NOT NULL, \"attempts\" INTEGER NOT NULL, \"httpStatus\" INTEGER,"
          + " \"lastError\" TEXT, \"base\" TEXT, \"serverItem\" TEXT, \"revision\" INTEGER NOT NULL,"
          + " \"createdAt\" INTEGER NOT NULL, \"updatedAt\" INTEGER NOT NULL, \"sentItems\" TEXT,"
          + " UNIQUE (\"table\", \"itemId\"))",
      "CREATE TABLE IF NOT EXISTS \"__deltatokens\" (\"table\" TEXT NOT NULL, \"queryId\" TEXT NOT NULL,"
          + " \"token\" TEXT NOT NULL, \"updatedAt\" INTEGER NOT NULL, PRIMARY KEY (\"table\", \"queryId\"))",
      "CREATE TABLE IF NOT EXISTS \"items\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER,"
          + " \"version\" TEXT, \"title\" TEXT, \"description\" TEXT, \"complete\" INTEGER NOT NULL,"
          + " \"priority\" INTEGER NOT NULL, \"quantity\" INTEGER NOT NULL, \"price\" REAL NOT NULL,"
          + " \"category\" TEXT, \"dueDate\" TEXT)",
      "CREATE INDEX IF NOT EXISTS \"items_updatedAt\" ON \"items\" (\"updatedAt\")",
      "CREATE INDEX IF NOT EXISTS \"items_category\" ON \"items\" (\"category\")");

  private FloorSchema() {}

  /** Sets the journal up as a store does and creates every table and index in one transaction. */
  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("PRAGMA synchronous = NORMAL");
      statement.execute("BEGIN IMMEDIATE");
      statement.execute("PRAGMA application_id = " + APPLICATION_ID);
      for (String sql : CREATE) {
        statement.execute(sql);
      }
      statement.execute("COMMIT");
    }
  }
}
