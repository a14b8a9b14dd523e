package dev.offsync.android.internal;

import android.database.Cursor;
import android.database.sqlite.SQLiteCursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteProgram;
import android.database.sqlite.SQLiteStatement;

/**
 * Runs SQL with typed parameters on Android's SQLite. {@code rawQuery} binds only strings, which would
 * change how SQLite compares a parameter with an expression; so queries bind through a cursor factory, the
 * way Room does, and every value keeps its storage class (integer, real, text, blob, null).
 */
final class Statements {

  private Statements() {}

  /** The rows of a query; the caller closes the cursor. */
  static Cursor query(SQLiteDatabase database, String sql, Object... arguments) {
    SQLiteDatabase.CursorFactory binding = (db, driver, editTable, query) -> {
      bind(query, arguments);
      return new SQLiteCursor(driver, editTable, query);
    };
    return database.rawQueryWithFactory(binding, sql, null, null);
  }

  /** Runs an {@code UPDATE} or {@code DELETE}, returning the number of rows changed. */
  static int update(SQLiteDatabase database, String sql, Object... arguments) {
    try (SQLiteStatement statement = database.compileStatement(sql)) {
      bind(statement, arguments);
      return statement.executeUpdateDelete();
    }
  }

  /** Runs an {@code INSERT}, returning the new row's rowid. */
  static long insert(SQLiteDatabase database, String sql, Object... arguments) {
    try (SQLiteStatement statement = database.compileStatement(sql)) {
      bind(statement, arguments);
      return statement.executeInsert();
    }
  }

  /** Binds JDBC-style values (as the row codecs and the SQL printer give them) by their SQLite type. */
  static void bind(SQLiteProgram program, Object[] arguments) {
    for (int i = 0; i < arguments.length; i++) {
      Object value = arguments[i];
      int index = i + 1;
      if (value == null) {
        program.bindNull(index);
      } else if (value instanceof Double || value instanceof Float) {
        program.bindDouble(index, ((Number) value).doubleValue());
      } else if (value instanceof Long || value instanceof Integer || value instanceof Short
          || value instanceof Byte) {
        program.bindLong(index, ((Number) value).longValue());
      } else if (value instanceof Boolean flag) {
        program.bindLong(index, flag ? 1 : 0);
      } else if (value instanceof byte[] bytes) {
        program.bindBlob(index, bytes);
      } else {
        program.bindString(index, value.toString());
      }
    }
  }
}
