package dev.offsync.benchmarks.micro;

import dev.offsync.SyncClient;
import dev.offsync.benchmarks.model.ItemTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Store files for the local benchmarks: fresh folders, Offsync's schema, raw connections set up alike. */
public final class StoreFiles {

  private StoreFiles() {}

  /** A new temporary folder. */
  public static Path newFolder() {
    try {
      return Files.createTempDirectory("offsync-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client on a new store file in {@code folder}, with the benchmark table. */
  public static SyncClient client(Path folder) {
    return SyncClient.builder().store(folder.resolve("store.db")).tables(ItemTable.DEFINITION).build();
  }

  /**
   * A raw connection to a store file whose schema Offsync created (so tables, indexes and the queue are
   * the same), with the store's settings: WAL, {@code synchronous=NORMAL}.
   */
  public static Connection rawConnection(Path folder) throws SQLException {
    client(folder).close();
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("store.db"));
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = 10000");
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("PRAGMA synchronous = NORMAL");
    }
    return connection;
  }

  /** Deletes a folder and everything in it. */
  public static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
