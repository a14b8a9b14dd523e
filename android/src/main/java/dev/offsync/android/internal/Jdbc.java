package dev.offsync.android.internal;

import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JDBC views of Android's SQLite, for the code Offsync shares with its JVM store: the generated row codecs
 * ({@code TableDefinition.bindRow}/{@code readRow}, an ABI on {@code java.sql} types), the queue's row
 * mapping and the schema initializer. Each view implements only the calls that code makes (setters and
 * getters by index, {@code next}, {@code wasNull}, execute); any other call is a
 * {@link SQLFeatureNotSupportedException}, so a codec that needs more fails loudly in the tests. Proxies keep
 * this to one small class instead of three classes of some two hundred methods each.
 */
final class Jdbc {

  private Jdbc() {}

  /** Collects the values a codec binds, by parameter index, for {@link Statements}. */
  static final class Arguments {

    private final List<Object> values = new ArrayList<>();
    private final PreparedStatement statement = proxy(PreparedStatement.class, this::set);

    /** The statement that codecs bind to. */
    PreparedStatement statement() {
      return statement;
    }

    /** The values bound so far, parameter 1 first; unbound ones are null. */
    Object[] values() {
      return values.toArray();
    }

    private Object set(Method method, Object[] args) throws SQLFeatureNotSupportedException {
      String name = method.getName();
      if (name.equals("clearParameters")) {
        values.clear();
        return null;
      }
      if (!name.startsWith("set") || args == null || args.length < 2) {
        throw unsupported(method);
      }
      int index = (Integer) args[0];
      while (values.size() < index) {
        values.add(null);
      }
      values.set(index - 1, name.equals("setNull") ? null : args[1]);
      return null;
    }
  }

  /** A result set over a cursor: {@code next} moves it, getters read columns by 1-based index or name. */
  static ResultSet resultSet(Cursor cursor) {
    return proxy(ResultSet.class, new CursorRows(cursor));
  }

  /**
   * A connection for {@code StoreInitializer}: statements run on {@code database}, and its
   * {@code BEGIN}/{@code COMMIT}/{@code ROLLBACK} become Android's own transaction calls, which Android requires.
   */
  static Connection connection(SQLiteDatabase database) {
    return proxy(Connection.class, (method, args) -> switch (method.getName()) {
      case "createStatement" -> proxy(Statement.class, new SqlStatement(database, null));
      case "prepareStatement" -> proxy(PreparedStatement.class, new SqlStatement(database, (String) args[0]));
      case "close" -> null;
      default -> throw unsupported(method);
    });
  }

  /** A statement of {@link #connection}: plain, or prepared with {@code sql}. */
  private static final class SqlStatement implements Handler {

    private final SQLiteDatabase database;
    private final String sql;
    private final Arguments arguments = new Arguments();

    SqlStatement(SQLiteDatabase database, String sql) {
      this.database = database;
      this.sql = sql;
    }

    @Override
    public Object invoke(Method method, Object[] args) throws SQLFeatureNotSupportedException {
      String name = method.getName();
      String text = args != null && args.length == 1 && args[0] instanceof String given ? given : sql;
      return switch (name) {
        case "execute" -> {
          execute(text);
          yield false;
        }
        case "executeQuery" -> resultSet(Statements.query(database, text, arguments.values()));
        case "executeUpdate" -> Statements.update(database, text, arguments.values());
        case "close" -> null;
        default -> arguments.set(method, args);
      };
    }

    private void execute(String text) {
      String verb = text.trim().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
      switch (verb) {
        case "BEGIN" -> database.beginTransactionNonExclusive();
        case "COMMIT" -> {
          database.setTransactionSuccessful();
          database.endTransaction();
        }
        case "ROLLBACK" -> database.endTransaction();
        default -> database.execSQL(text, arguments.values());
      }
    }
  }

  /** The getters of {@link #resultSet}. */
  private static final class CursorRows implements Handler {

    private final Cursor cursor;
    private int lastColumn = -1;

    CursorRows(Cursor cursor) {
      this.cursor = cursor;
    }

    @Override
    public Object invoke(Method method, Object[] args) throws SQLFeatureNotSupportedException {
      String name = method.getName();
      switch (name) {
        case "next":
          return cursor.moveToNext();
        case "wasNull":
          return cursor.isNull(lastColumn);
        case "close":
          cursor.close();
          return null;
        case "isClosed":
          return cursor.isClosed();
        default:
          break;
      }
      if (args == null || args.length != 1) {
        throw unsupported(method);
      }
      lastColumn = args[0] instanceof String label ? cursor.getColumnIndexOrThrow(label) : (Integer) args[0] - 1;
      return switch (name) {
        case "getString" -> cursor.getString(lastColumn);
        case "getLong" -> cursor.getLong(lastColumn);
        case "getInt" -> cursor.getInt(lastColumn);
        case "getDouble" -> cursor.getDouble(lastColumn);
        case "getFloat" -> cursor.getFloat(lastColumn);
        case "getBytes" -> cursor.getBlob(lastColumn);
        case "getBoolean" -> cursor.getLong(lastColumn) != 0;
        default -> throw unsupported(method);
      };
    }
  }

  /** A proxy's behaviour, given the method called and its arguments. */
  private interface Handler {
    Object invoke(Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    InvocationHandler invocation = (self, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(self, method, args);
      }
      return handler.invoke(method, args);
    };
    return type.cast(Proxy.newProxyInstance(Jdbc.class.getClassLoader(), new Class<?>[] {type}, invocation));
  }

  private static Object objectMethod(Object self, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> self == args[0];
      case "hashCode" -> System.identityHashCode(self);
      default -> "Offsync JDBC view@" + Integer.toHexString(System.identityHashCode(self));
    };
  }

  private static SQLFeatureNotSupportedException unsupported(Method method) {
    return new SQLFeatureNotSupportedException("The Android store's JDBC view does not support "
        + method.getDeclaringClass().getSimpleName() + "." + method.getName());
  }
}
