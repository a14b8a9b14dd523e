package dev.offsync.internal.store.sqlite;

import dev.offsync.errors.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Small SQL helpers shared by the SQLite store: quoting, one-off statements and error translation. */
final class Sql {

  private Sql() {}

  /** The identifier in double quotes, inner quotes doubled. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Runs one statement without parameters. */
  static void exec(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Whether SQLite gave up waiting for another connection's lock. */
  static boolean isBusy(SQLException e) {
    SQLiteErrorCode code = code(e);
    return code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
  }

  /** Whether the file is not a SQLite database. */
  static boolean isNotADatabase(SQLException e) {
    SQLiteErrorCode code = code(e);
    return code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_NOTADB.code;
  }

  /** A store exception that names the store and what was being done, keeping SQLite's reason. */
  static StoreException failure(String store, String action, SQLException e) {
    if (isBusy(e)) {
      return new StoreException("Could not " + action + ": the local store " + store + " is locked by another"
          + " process and stayed locked for the whole busy timeout. Close the other program using the file.",
          e);
    }
    if (isNotADatabase(e)) {
      return new StoreException("Could not " + action + ": " + store + " is not a SQLite database. Point the"
          + " client at a new file or at an Offsync store.", e);
    }
    return new StoreException("Could not " + action + " in the local store " + store + ": " + e.getMessage(), e);
  }

  private static SQLiteErrorCode code(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        return sqlite.getResultCode();
      }
    }
    return null;
  }
}
