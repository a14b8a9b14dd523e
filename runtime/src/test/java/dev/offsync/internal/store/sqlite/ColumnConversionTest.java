package dev.offsync.internal.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each conversion of a retyped column, evaluated by SQLite on a stored value. */
class ColumnConversionTest {

  private Connection connection;

  @BeforeEach
  void open() throws Exception {
    connection = DriverManager.getConnection("jdbc:sqlite::memory:");
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void numbersConvertAmongEachOther() throws Exception {
    assertThat(convert(ColumnType.DOUBLE, 1.75, ColumnType.INT)).contains(1L);
    assertThat(convert(ColumnType.INT, 3, ColumnType.DOUBLE)).contains(3.0);
    assertThat(convert(ColumnType.DECIMAL, "2.50", ColumnType.DOUBLE)).contains(2.5);
    assertThat(convert(ColumnType.LONG, 42L, ColumnType.DECIMAL)).contains("42");
    assertThat(convert(ColumnType.DECIMAL, "0.0", ColumnType.BOOLEAN)).contains(0L);
    assertThat(convert(ColumnType.INT, -3, ColumnType.BOOLEAN)).contains(1L);
    assertThat(convert(ColumnType.BOOLEAN, 1, ColumnType.LONG)).contains(1L);
  }

  @Test
  void epochMillisStayEpochMillis() throws Exception {
    assertThat(convert(ColumnType.LONG, 1_700_000_000_123L, ColumnType.DATETIME)).contains(1_700_000_000_123L);
    assertThat(convert(ColumnType.DATETIME, 5L, ColumnType.LONG)).contains(5L);
  }

  @Test
  void everythingButBytesBecomesItsJsonText() throws Exception {
    assertThat(convert(ColumnType.INT, 5, ColumnType.STRING)).contains("5");
    assertThat(convert(ColumnType.BOOLEAN, 1, ColumnType.STRING)).contains("true");
    assertThat(convert(ColumnType.BOOLEAN, 0, ColumnType.STRING)).contains("false");
    assertThat(convert(ColumnType.DATETIME, 1_700_000_000_123L, ColumnType.STRING))
        .contains("2023-11-14T22:13:20.123Z");
    assertThat(convert(ColumnType.DATE, "2024-02-29", ColumnType.STRING)).contains("2024-02-29");
    assertThat(convert(ColumnType.ENUM, "HIGH", ColumnType.STRING)).contains("HIGH");
    assertThat(ColumnConversion.expression(column(ColumnType.BYTES, true), column(ColumnType.STRING, true)))
        .isEmpty();
  }

  @Test
  void textBecomesAnIntegerOnlyWhenItIsExactlyOne() throws Exception {
    assertThat(convert(ColumnType.STRING, "12", ColumnType.LONG)).contains(12L);
    assertThat(convert(ColumnType.STRING, "-7", ColumnType.INT)).contains(-7L);
    assertThat(convert(ColumnType.STRING, " 12", ColumnType.LONG)).isEmpty();
    assertThat(convert(ColumnType.STRING, "1.5", ColumnType.LONG)).isEmpty();
    assertThat(convert(ColumnType.STRING, "abc", ColumnType.LONG)).isEmpty();
    assertThat(ColumnConversion.expression(column(ColumnType.STRING, true), column(ColumnType.DATE, true)))
        .isEmpty();
  }

  @Test
  void notNullColumnsGetJavasDefaultForMissingValues() throws Exception {
    assertThat(evaluate(column(ColumnType.INT, true), null, column(ColumnType.INT, false))).contains(0L);
    assertThat(evaluate(column(ColumnType.STRING, true), "x", column(ColumnType.LONG, false))).contains(0L);
    assertThat(evaluate(column(ColumnType.LONG, true), null, column(ColumnType.DOUBLE, false))).contains(0.0);
  }

  private Optional<Object> convert(ColumnType from, Object value, ColumnType to) throws Exception {
    return evaluate(column(from, true), value, column(to, true));
  }

  private Optional<Object> evaluate(ColumnDefinition from, Object value, ColumnDefinition to) throws Exception {
    String expression = ColumnConversion.expression(from, to).orElse(
        to.nullable() ? "NULL" : ColumnConversion.zero(to.type()));
    Sql.exec(connection, "DROP TABLE IF EXISTS t");
    Sql.exec(connection, "CREATE TABLE t (\"value\" " + from.type().sqliteType() + ")");
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
      insert.setObject(1, value);
      insert.executeUpdate();
    }
    try (PreparedStatement select = connection.prepareStatement("SELECT " + expression + " FROM t");
        ResultSet row = select.executeQuery()) {
      row.next();
      Object result = row.getObject(1);
      return Optional.ofNullable(result instanceof Integer small ? Long.valueOf(small) : result);
    }
  }

  private static ColumnDefinition column(ColumnType type, boolean nullable) {
    return new ColumnDefinition("value", type, nullable, false, false);
  }
}
