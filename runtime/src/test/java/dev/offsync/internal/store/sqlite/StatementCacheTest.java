package dev.offsync.internal.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StatementCacheTest {

  @Test
  void theSameSqlGetsTheSameStatementUntilItIsClosed() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      StatementCache cache = new StatementCache();
      PreparedStatement first = cache.get(connection, "SELECT ?");

      assertThat(cache.get(connection, "SELECT ?")).isSameAs(first);
      assertThat(cache.get(connection, "SELECT 2")).isNotSameAs(first);
      first.close();
      assertThat(cache.get(connection, "SELECT ?")).isNotSameAs(first).satisfies(s -> assertThat(s.isClosed())
          .isFalse());
    }
  }

  @Test
  void anotherConnectionGetsItsOwnStatements() throws SQLException {
    try (Connection one = DriverManager.getConnection("jdbc:sqlite::memory:");
        Connection two = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      StatementCache cache = new StatementCache();
      PreparedStatement onOne = cache.get(one, "SELECT 1");

      PreparedStatement onTwo = cache.get(two, "SELECT 1");

      assertThat(onTwo).isNotSameAs(onOne);
      assertThat(onTwo.getConnection()).isSameAs(two);
    }
  }

  @Test
  void aStatementThatFailedRunsAgain() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      connection.createStatement().execute("CREATE TABLE t (id TEXT PRIMARY KEY)");
      StatementCache cache = new StatementCache();
      PreparedStatement insert = cache.get(connection, "INSERT INTO t VALUES (?) RETURNING rowid");
      insert.setString(1, "a");
      try (ResultSet row = insert.executeQuery()) {
        assertThat(row.next()).isTrue();
      }
      assertThatThrownBy(() -> {
        insert.setString(1, "a");
        insert.executeQuery().close();
      }).isInstanceOf(SQLException.class);

      PreparedStatement again = cache.get(connection, "INSERT INTO t VALUES (?) RETURNING rowid");
      again.setString(1, "b");
      try (ResultSet row = again.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getLong(1)).isEqualTo(2);
      }
    }
  }
}
