package dev.offsync.internal.store.sqlite;

import dev.offsync.errors.StoreException;
import dev.offsync.schema.TableDefinition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Opens a store file for use: checks that it is an Offsync store of a format this code reads (or an empty
 * file), switches it to WAL, and creates or migrates every table in one transaction, so that a failed
 * migration leaves the file as it was. Public for the Android store, which runs it through a JDBC view of
 * {@code android.database.sqlite}.
 */
public final class StoreInitializer {

  private final Connection connection;
  private final SqliteStoreConfig config;

  /** An initializer for the store described by {@code config}, on its (only) writer connection. */
  public StoreInitializer(Connection connection, SqliteStoreConfig config) {
    this.connection = connection;
    this.config = config;
  }

  /** Runs every step on the writer connection. */
  public void initialize(Collection<? extends TableDefinition<?>> tables, Instant now) throws SQLException {
    boolean fresh = checkIdentity();
    configure();
    Sql.exec(connection, "BEGIN IMMEDIATE");
    boolean committed = false;
    try {
      if (fresh) {
        Sql.exec(connection, "PRAGMA application_id = " + SystemTables.APPLICATION_ID);
      }
      for (String sql : SystemTables.CREATE) {
        Sql.exec(connection, sql);
      }
      addMissingColumns();
      checkFormatVersion();
      SchemaMigrator migrator = new SchemaMigrator(connection, config.describe(), now);
      for (TableDefinition<?> table : tables) {
        migrator.migrate(table);
      }
      Sql.exec(connection, "COMMIT");
      committed = true;
    } finally {
      if (!committed) {
        rollbackQuietly();
      }
    }
  }

  /** True for an empty database; throws for a file that is not an Offsync store. */
  private boolean checkIdentity() throws SQLException {
    int applicationId = queryInt("PRAGMA application_id");
    int objects = queryInt("SELECT COUNT(*) FROM sqlite_master");
    if (applicationId == SystemTables.APPLICATION_ID) {
      return false;
    }
    if (applicationId == 0 && objects == 0) {
      return true;
    }
    throw new StoreException("The file " + config.describe() + " is a SQLite database of another application"
        + (applicationId == 0 ? "" : String.format(Locale.ROOT, " (application_id 0x%08X)", applicationId))
        + ", not an Offsync store. Point the client at a new file or at an Offsync store.");
  }

  /** WAL (readers beside the writer) with NORMAL sync: a commit survives an application crash. */
  private void configure() throws SQLException {
    if (!config.inMemory()) {
      String mode = queryText("PRAGMA journal_mode = WAL");
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new StoreException("The local store " + config.describe() + " cannot use SQLite's WAL journal"
            + " (the file system gave journal mode '" + mode + "'). Put the store on a local disk.");
      }
    }
    Sql.exec(connection, "PRAGMA synchronous = NORMAL");
    Sql.exec(connection, "PRAGMA foreign_keys = OFF");
  }

  /** Adds the system columns that stores created by earlier versions lack. */
  private void addMissingColumns() throws SQLException {
    for (List<String> added : SystemTables.ADDED_COLUMNS) {
      String table = added.get(0);
      String column = added.get(1);
      boolean present = false;
      try (Statement statement = connection.createStatement();
          ResultSet columns = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
        while (columns.next()) {
          present |= column.equals(columns.getString("name"));
        }
      }
      if (!present) {
        Sql.exec(connection, "ALTER TABLE " + table + " ADD COLUMN \"" + column + "\" " + added.get(2));
      }
    }
  }

  private void checkFormatVersion() throws SQLException {
    int newest = queryInt("SELECT COALESCE(MAX(\"formatVersion\"), 0) FROM " + SystemTables.SCHEMA);
    if (newest > SystemTables.FORMAT_VERSION) {
      throw new StoreException("The local store " + config.describe() + " was written by a newer version of"
          + " Offsync (store format " + newest + "); this version reads format " + SystemTables.FORMAT_VERSION
          + ". Upgrade Offsync, or use another store file.");
    }
  }

  private int queryInt(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getInt(1) : 0;
    }
  }

  private String queryText(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getString(1) : null;
    }
  }

  private void rollbackQuietly() {
    try {
      Sql.exec(connection, "ROLLBACK");
    } catch (SQLException ignored) {
      // SQLite already rolled back (or never began); the connection is closed next anyway.
    }
  }
}
