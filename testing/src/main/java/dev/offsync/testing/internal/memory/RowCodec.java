package dev.offsync.testing.internal.memory;

import dev.offsync.errors.StoreException;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * Turns entities into rows and back through the table's own row codec. The codecs the processor generates
 * speak JDBC (they bind a {@link PreparedStatement} and read a {@link ResultSet}); this class hands them a
 * stand-in of each that captures or serves the values of one row, so the in-memory store keeps exactly the
 * values the SQLite store would keep, in the same storage form ({@link StoredValues}).
 */
final class RowCodec {

  private RowCodec() {}

  /** The row of an entity in the local row layout, each value in its column's storage form. */
  static <T> Object[] encode(TableDefinition<T> table, RowLayout layout, T entity, SystemProperties system) {
    Object[] values = new Object[layout.width()];
    PreparedStatement capture = proxy(PreparedStatement.class, (self, method, args) -> {
      if (method.getName().startsWith("set") && args != null && args.length >= 2
          && args[0] instanceof Integer index) {
        values[index - 1] = method.getName().equals("setNull") ? null : args[1];
        return null;
      }
      return objectMethod(self, method, args, "a row capture");
    });
    try {
      table.bindRow(entity, system, capture, 1);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("Cannot store an item of table '" + table.tableName() + "' in memory: "
          + e.getMessage(), e);
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = StoredValues.store(layout.affinity(i), values[i]);
    }
    return values;
  }

  /** The entity and system properties of a row. */
  static <T> Decoded<T> decode(TableDefinition<T> table, Object[] row) {
    RowReader reader = new RowReader(row);
    ResultSet served = proxy(ResultSet.class, reader);
    try {
      return table.readRow(served, 1);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("Cannot read a row of table '" + table.tableName() + "' from memory: "
          + e.getMessage(), e);
    }
  }

  /** Serves one row's values to a codec's reads, with SQLite's conversions between storage classes. */
  private static final class RowReader implements InvocationHandler {

    private final Object[] row;
    private boolean lastWasNull;

    RowReader(Object[] row) {
      this.row = row;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws SQLException {
      String name = method.getName();
      if (name.equals("wasNull")) {
        return lastWasNull;
      }
      if (name.startsWith("get") && args != null && args.length == 1 && args[0] instanceof Integer index) {
        if (index < 1 || index > row.length) {
          throw new SQLException("No column " + index + " in a row of " + row.length);
        }
        Object value = row[index - 1];
        lastWasNull = value == null;
        return StoredValues.read(value, method.getReturnType());
      }
      return objectMethod(self, method, args, "a row");
    }
  }

  private static Object objectMethod(Object self, Method method, Object[] args, String what)
      throws SQLFeatureNotSupportedException {
    return switch (method.getName()) {
      case "toString" -> "in-memory " + what;
      case "hashCode" -> System.identityHashCode(self);
      case "equals" -> self == args[0];
      case "close" -> null;
      case "isClosed" -> false;
      default -> throw new SQLFeatureNotSupportedException("The in-memory store's stand-in for " + what
          + " offers only typed column access by index, not " + method.getName());
    };
  }

  private static <I> I proxy(Class<I> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(RowCodec.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
