package dev.offsync.benchmarks.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A schema of the benchmark's own in the given PostgreSQL database, made fresh for a run and dropped after it. */
final class PostgresSchema {

  private PostgresSchema() {}

  /** Drops and creates the schema; returns the URL whose connections use it. */
  static String create(String url, String schema) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schema and its tables. */
  static void drop(String url, String schema) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
