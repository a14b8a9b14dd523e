package dev.offsync.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {

  @TempDir
  Path temp;

  @Test
  void aStatementOutlivesThePoolsProxyAndServesTheNextBorrower() throws Exception {
    try (Database database = Database.open("jdbc:sqlite:" + temp.resolve("cache.db"))) {
      StatementCache cache = new StatementCache();
      PreparedStatement first = database.read(connection -> selectSeven(cache, connection));
      PreparedStatement second = database.read(connection -> selectSeven(cache, connection));

      assertThat(first.isClosed()).isFalse();
      assertThat(cache.connections()).isGreaterThanOrEqualTo(1);
      if (cache.connections() == 1) { // the pool lent the same connection twice
        assertThat(second).isSameAs(first);
      }
    }
  }

  @Test
  void theStatementsOfClosedConnectionsAreDropped() throws Exception {
    StatementCache cache = new StatementCache();
    String url = "jdbc:sqlite:" + temp.resolve("plain.db");
    try (Connection first = DriverManager.getConnection(url)) {
      selectSeven(cache, first);
    }
    try (Connection second = DriverManager.getConnection(url)) {
      selectSeven(cache, second);
      assertThat(cache.connections()).isEqualTo(1);
    }
  }

  @Test
  void theLeastRecentlyUsedStatementIsClosedPastTheBound() throws Exception {
    StatementCache cache = new StatementCache();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("bound.db"))) {
      PreparedStatement eldest = cache.prepare(connection, "SELECT 0").statement();
      PreparedStatement used = cache.prepare(connection, "SELECT 1").statement();
      for (int i = 2; i <= 128; i++) {
        cache.prepare(connection, "SELECT " + i);
        cache.prepare(connection, "SELECT 1"); // kept in use
      }
      assertThat(eldest.isClosed()).isTrue();
      assertThat(used.isClosed()).isFalse();
    }
  }

  private static PreparedStatement selectSeven(StatementCache cache, Connection connection)
      throws SQLException {
    try (StatementCache.Lease lease = cache.prepare(connection, "SELECT ?")) {
      lease.statement().setInt(1, 7);
      try (ResultSet row = lease.statement().executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getInt(1)).isEqualTo(7);
      }
      return lease.statement();
    }
  }
}
