package dev.offsync.internal.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowValuesTest {

  @TempDir
  Path dir;

  @Test
  void valuesAndNullsRoundTripThroughSqlite() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
      try (Statement ddl = db.createStatement()) {
        ddl.execute("CREATE TABLE t (a INTEGER, b TEXT, c INTEGER, d TEXT, e INTEGER)");
      }
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?)")) {
        RowValues.bindInstant(insert, 1, Instant.parse("2023-12-20T10:21:05.421Z"));
        RowValues.bindDecimal(insert, 2, new BigDecimal("1.50"));
        RowValues.bindBoolean(insert, 3, true);
        RowValues.bindTime(insert, 4, LocalTime.of(7, 14));
        RowValues.bindInt(insert, 5, null);
        insert.executeUpdate();
      }
      try (Statement select = db.createStatement(); ResultSet row = select.executeQuery("SELECT * FROM t")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getLong(1)).isEqualTo(1703067665421L);
        assertThat(RowValues.getInstant(row, 1)).isEqualTo(Instant.parse("2023-12-20T10:21:05.421Z"));
        assertThat(RowValues.getDecimal(row, 2)).isEqualTo(new BigDecimal("1.50"));
        assertThat(RowValues.getBoolean(row, 3)).isTrue();
        assertThat(row.getString(4)).isEqualTo("07:14:00.000");
        assertThat(RowValues.getIntOrNull(row, 5)).isNull();
        assertThat(RowValues.getInt(row, 5)).isZero();
      }
    }
  }
}
