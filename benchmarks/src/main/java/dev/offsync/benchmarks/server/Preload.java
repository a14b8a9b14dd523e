package dev.offsync.benchmarks.server;

import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.Items;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;

/**
 * Fills the reference server's table {@code items} with items {@code 0 .. n - 1} through JDBC (no HTTP), in the
 * storage forms of SQLite or PostgreSQL, and moves the table's clock past them as the server's writes would.
 */
final class Preload {

  private static final int BATCH = 5_000;
  private static final String INSERT = "INSERT INTO \"items\" (\"id\", \"updatedAt\", \"version\", \"deleted\","
      + " \"title\", \"description\", \"complete\", \"priority\", \"quantity\", \"price\", \"category\","
      + " \"dueDate\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private Preload() {}

  /** Inserts the items into the database the server at {@code jdbcUrl} serves. */
  static void items(String jdbcUrl, int count) throws SQLException {
    boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement();
        PreparedStatement rows = connection.prepareStatement(INSERT)) {
      if (!postgres) {
        statement.execute("PRAGMA busy_timeout = 10000");
      }
      connection.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        bind(rows, Items.stored(i), postgres);
        rows.addBatch();
        if ((i + 1) % BATCH == 0 || i == count - 1) {
          rows.executeBatch();
          connection.commit();
        }
      }
      statement.executeUpdate("UPDATE \"__offsync_clock\" SET \"last\" = " + Items.updatedAt(count).toEpochMilli()
          + " WHERE \"table\" = 'items'");
      statement.execute(postgres ? "ANALYZE \"items\"" : "ANALYZE");
      connection.commit();
    }
  }

  private static void bind(PreparedStatement row, Item item, boolean postgres) throws SQLException {
    row.setString(1, item.id());
    if (postgres) {
      row.setObject(2, item.updatedAt().atOffset(ZoneOffset.UTC));
    } else {
      row.setLong(2, item.updatedAt().toEpochMilli());
    }
    row.setString(3, item.version());
    row.setObject(4, postgres ? (Object) false : (Object) 0);
    row.setString(5, item.title());
    row.setString(6, item.description());
    row.setObject(7, postgres ? (Object) item.complete() : (Object) (item.complete() ? 1 : 0));
    row.setInt(8, item.priority());
    row.setLong(9, item.quantity());
    row.setDouble(10, item.price());
    row.setString(11, item.category());
    if (postgres) {
      row.setObject(12, item.dueDate());
    } else {
      row.setString(12, item.dueDate().toString());
    }
  }
}
