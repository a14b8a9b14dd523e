package dev.offsync.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

  private static final int WRITERS = 8;
  private static final int WRITES = 40;

  @TempDir
  Path temp;

  @Test
  void aFailedWriteIsUndoneAloneAndEveryAnsweredWriteIsVisible() throws Exception {
    try (Database database = Database.open("jdbc:sqlite:" + temp.resolve("group.db"))) {
      database.write(connection -> execute(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, writer INTEGER)"));
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      try {
        List<Future<List<Integer>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          writers.add(pool.submit(() -> write(database, writer)));
        }
        List<Integer> stored = new ArrayList<>();
        for (Future<List<Integer>> writer : writers) {
          stored.addAll(writer.get(120, TimeUnit.SECONDS));
        }
        assertThat(ids(database)).containsExactlyInAnyOrderElementsOf(stored).hasSize(WRITERS * WRITES * 4 / 5);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aWriteThatThrowsPassesItsExceptionThroughUnchanged() {
    try (Database database = Database.open("jdbc:sqlite:" + temp.resolve("throws.db"))) {
      IllegalStateException refused = new IllegalStateException("refused");
      assertThatThrownBy(() -> database.write(connection -> {
        throw refused;
      })).isSameAs(refused);
      Integer next = database.write(connection -> 7);
      assertThat(next).isEqualTo(7);
    }
  }

  /** Inserts rows; every fifth write inserts and then throws, so its row must not stay. */
  private static List<Integer> write(Database database, int writer) throws SQLException {
    List<Integer> stored = new ArrayList<>();
    for (int i = 0; i < WRITES; i++) {
      int id = writer * 1_000 + i;
      boolean fails = i % 5 == 4;
      try {
        database.write(connection -> {
          try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            insert.setInt(1, id);
            insert.setInt(2, writer);
            insert.executeUpdate();
          }
          if (fails) {
            throw new IllegalStateException("write " + id + " refused");
          }
          return null;
        });
        assertThat(fails).isFalse();
        stored.add(id);
        assertThat(ids(database)).as("answered, so committed").contains(id);
      } catch (IllegalStateException e) {
        assertThat(fails).isTrue();
      }
    }
    return stored;
  }

  private static List<Integer> ids(Database database) {
    return database.read(connection -> {
      List<Integer> ids = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id FROM t")) {
        while (rows.next()) {
          ids.add(rows.getInt(1));
        }
      }
      return ids;
    });
  }

  private static Void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
    return null;
  }
}
