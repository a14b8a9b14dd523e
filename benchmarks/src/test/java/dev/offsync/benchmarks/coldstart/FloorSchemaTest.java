package dev.offsync.benchmarks.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.benchmarks.micro.StoreFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold start's floor creates the very schema and settings that Offsync gives a new store. */
class FloorSchemaTest {

  @Test
  void theFloorsSchemaIsOffsyncsStoreSchema(@TempDir Path folder) throws SQLException {
    StoreFiles.client(folder).close();
    try (Connection floor = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("floor.db"))) {
      FloorSchema.create(floor);
    }

    List<String> offsync = describe(folder.resolve("store.db"));
    assertThat(offsync).anyMatch(line -> line.contains("CREATE TABLE \"items\""));
    assertThat(describe(folder.resolve("floor.db"))).isEqualTo(offsync);
  }

  /** Every table and index with its SQL, then the application id and journal mode. */
  private static List<String> describe(Path file) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY name")) {
        while (rows.next()) {
          lines.add(rows.getString(1) + " " + rows.getString(2) + ": " + rows.getString(3));
        }
      }
      for (String pragma : List.of("application_id", "journal_mode")) {
        try (ResultSet value = statement.executeQuery("PRAGMA " + pragma)) {
          lines.add(pragma + " = " + (value.next() ? value.getString(1) : null));
        }
      }
    }
    return lines;
  }
}
