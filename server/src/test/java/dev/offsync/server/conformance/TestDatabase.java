package dev.offsync.server.conformance;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** A fresh, isolated database for one test: a SQLite file, or a PostgreSQL schema dropped afterwards. */
interface TestDatabase extends AutoCloseable {

  /** The environment variable that holds the JDBC URL of a throwaway PostgreSQL server. */
  String POSTGRES_URL = "OFFSYNC_TEST_POSTGRES_URL";

  /** The JDBC URL the server uses. */
  String url();

  /** Drops what the test created. */
  @Override
  void close();

  /** A SQLite file in the directory. */
  static TestDatabase sqlite(Path directory) {
    String url = "jdbc:sqlite:" + directory.resolve("offsync-" + UUID.randomUUID() + ".db");
    return new TestDatabase() {
      @Override
      public String url() {
        return url;
      }

      @Override
      public void close() {}
    };
  }

  /** A new schema in the PostgreSQL server of {@value #POSTGRES_URL}; the test is skipped where it is unset. */
  static TestDatabase postgres() {
    String base = System.getenv(POSTGRES_URL);
    Assumptions.assumeTrue(base != null && !base.isBlank(), "PostgreSQL tests skipped: set " + POSTGRES_URL
        + " to a JDBC URL (CI's .ci/run starts a throwaway server and sets it)");
    String schema = "offsync_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT)
        .substring(0, 16);
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase() {
      @Override
      public String url() {
        return url;
      }

      @Override
      public void close() {
        execute(base, "DROP SCHEMA " + schema + " CASCADE");
      }
    };
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url); Statement statement =
        connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL + " failed: " + e.getMessage(), e);
    }
  }
}
