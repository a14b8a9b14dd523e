package dev.offsync.benchmarks.sync;

import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The reference server in this process, on a new SQLite file, serving table {@code items}; optionally
 * pre-loaded with items {@code 0 .. n - 1} directly through JDBC (no HTTP), as a service that already
 * holds the data.
 */
final class BenchService implements AutoCloseable {

  private static final int BATCH = 10_000;

  private final Path folder;
  private final DatasyncServer server;

  private BenchService(Path folder, DatasyncServer server) {
    this.folder = folder;
    this.server = server;
  }

  /** Starts a server with an empty table. */
  static BenchService start(int pageSize) {
    Path folder = StoreFiles.newFolder();
    DatasyncServer server = DatasyncServer.builder()
        .table(TableSchema.of(ItemTable.DEFINITION).withSoftDelete(true))
        .database(jdbcUrl(folder))
        .pageSize(pageSize)
        .port(0)
        .build()
        .start();
    return new BenchService(folder, server);
  }

  /** Starts a server whose table holds items {@code 0 .. records - 1}. */
  static BenchService preloaded(int records, int pageSize) throws SQLException {
    BenchService service = start(pageSize);
    service.preload(records);
    return service;
  }

  URI uri() {
    return server.uri();
  }

  private static String jdbcUrl(Path folder) {
    return "jdbc:sqlite:" + folder.resolve("service.db");
  }

  /** Inserts the items in batches and moves the table's clock past them, as the server's writes would. */
  private void preload(int records) throws SQLException {
    String insert = "INSERT INTO \"items\" (\"id\", \"updatedAt\", \"version\", \"deleted\", \"title\","
        + " \"description\", \"complete\", \"priority\", \"quantity\", \"price\", \"category\", \"dueDate\")"
        + " VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection connection = DriverManager.getConnection(jdbcUrl(folder));
        Statement statement = connection.createStatement();
        PreparedStatement rows = connection.prepareStatement(insert)) {
      statement.execute("PRAGMA busy_timeout = 10000");
      connection.setAutoCommit(false);
      for (int i = 0; i < records; i++) {
        bind(rows, Items.stored(i));
        rows.addBatch();
        if ((i + 1) % BATCH == 0 || i == records - 1) {
          rows.executeBatch();
          connection.commit();
        }
      }
      statement.executeUpdate("UPDATE \"__offsync_clock\" SET \"last\" = "
          + Items.updatedAt(records).toEpochMilli() + " WHERE \"table\" = 'items'");
      connection.commit();
    }
  }

  private static void bind(PreparedStatement row, Item item) throws SQLException {
    row.setString(1, item.id());
    row.setLong(2, item.updatedAt().toEpochMilli());
    row.setString(3, item.version());
    row.setString(4, item.title());
    row.setString(5, item.description());
    row.setInt(6, item.complete() ? 1 : 0);
    row.setInt(7, item.priority());
    row.setLong(8, item.quantity());
    row.setDouble(9, item.price());
    row.setString(10, item.category());
    row.setString(11, item.dueDate().toString());
  }

  @Override
  public void close() {
    server.stop();
    StoreFiles.delete(folder);
  }
}
