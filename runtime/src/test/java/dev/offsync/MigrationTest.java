package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.operations.OperationKind;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.QueuedOperation;
import dev.offsync.testing.HandWrittenDefinition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by an older model, opened by a newer one: rows, queue and delta tokens survive. */
class MigrationTest {

  /** Version 1 of the model. */
  record NoteV1(String id, String text, int rank, String legacy, String size) {}

  /** Version 2: rank is now text, size a number, legacy removed, tags and pinned added. */
  record NoteV2(String id, String text, String rank, Long size, String tags, boolean pinned) {}

  /** Version 1 plus two columns, nothing removed or retyped. */
  record NoteV1b(String id, String text, int rank, String legacy, String size, String tags, boolean pinned) {}

  static final TableDefinition<NoteV1> V1 = HandWrittenDefinition.builder("notes", NoteV1.class)
      .column("text", ColumnType.STRING, true, NoteV1::text)
      .column(new ColumnDefinition("rank", ColumnType.INT, false, false, true), NoteV1::rank)
      .column("legacy", ColumnType.STRING, true, NoteV1::legacy)
      .column("size", ColumnType.STRING, true, NoteV1::size)
      .system(note -> SystemProperties.local(note.id()), false, false)
      .factory((system, values) -> new NoteV1(system.id(), (String) values[0], (Integer) values[1],
          (String) values[2], (String) values[3]))
      .build();

  static final TableDefinition<NoteV2> V2 = HandWrittenDefinition.builder("notes", NoteV2.class)
      .column(new ColumnDefinition("text", ColumnType.STRING, true, false, true), NoteV2::text)
      .column("rank", ColumnType.STRING, true, NoteV2::rank)
      .column("size", ColumnType.LONG, true, NoteV2::size)
      .column("tags", ColumnType.STRING, true, NoteV2::tags)
      .column("pinned", ColumnType.BOOLEAN, false, NoteV2::pinned)
      .system(note -> SystemProperties.local(note.id()), false, false)
      .factory((system, values) -> new NoteV2(system.id(), (String) values[0], (String) values[1],
          (Long) values[2], (String) values[3], (Boolean) values[4]))
      .build();

  static final TableDefinition<NoteV1b> V1B = HandWrittenDefinition.builder("notes", NoteV1b.class)
      .column(new ColumnDefinition("rank", ColumnType.INT, false, false, true), NoteV1b::rank)
      .column("text", ColumnType.STRING, true, NoteV1b::text)
      .column("legacy", ColumnType.STRING, true, NoteV1b::legacy)
      .column("size", ColumnType.STRING, true, NoteV1b::size)
      .column("tags", ColumnType.STRING, true, NoteV1b::tags)
      .column("pinned", ColumnType.BOOLEAN, false, NoteV1b::pinned)
      .system(note -> SystemProperties.local(note.id()), false, false)
      .factory((system, values) -> new NoteV1b(system.id(), (String) values[1], (Integer) values[0],
          (String) values[2], (String) values[3], (String) values[4], (Boolean) values[5]))
      .build();

  private static final Instant T1 = Instant.parse("2024-03-04T05:06:07.089Z");

  @TempDir
  Path folder;

  @Test
  void removedAndRetypedColumnsRebuildTheTableKeepingRowsQueueAndTokens() throws Exception {
    Path file = folder.resolve("store.db");
    List<QueuedOperation> before = writeVersionOne(file);

    try (SyncClient client = TestClients.open(file, V2)) {
      OfflineTable<NoteV2> notes = client.table(V2);
      assertThat(notes.query().list()).containsExactly(
          new NoteV2("n1", "edited", "5", 12L, null, false),
          new NoteV2("n3", "third", "-2", null, null, false),
          new NoteV2("n4", "local", "0", 7L, null, false));
      assertThat(notes.get("n1")).map(NoteV2::text).contains("edited");
      assertThat(TestClients.store(client).read(tx -> tx.find(V2, "n3")).orElseThrow().system())
          .isEqualTo(new SystemProperties("n3", T1, "v1", false));

      List<QueuedOperation> after = TestClients.operations(client);
      assertThat(after).extracting(QueuedOperation::sequence, QueuedOperation::kind, QueuedOperation::version,
              QueuedOperation::state, QueuedOperation::attempts, QueuedOperation::lastError,
              QueuedOperation::base, QueuedOperation::revision)
          .containsExactlyElementsOf(before.stream().map(operation -> org.assertj.core.groups.Tuple.tuple(
              operation.sequence(), operation.kind(), operation.version(), operation.state(),
              operation.attempts(), operation.lastError(), operation.base(), operation.revision())).toList());
      assertThat(item(after, "n1")).isEqualTo(
          "{\"id\":\"n1\",\"text\":\"edited\",\"rank\":\"5\",\"size\":12,\"tags\":null,\"pinned\":false}");
      assertThat(item(after, "n4")).contains("\"rank\":\"0\"").contains("\"pinned\":false")
          .doesNotContain("legacy");
      assertThat(item(after, "n2")).isEqualTo(item(before, "n2"));
      assertThat(TestClients.sync(client).deltaToken("notes", "all")).contains("token-1");

      notes.update(new NoteV2("n4", "local", "0", 7L, "red", true));
      assertThat(TestClients.operation(client, "notes", "n4").orElseThrow().kind())
          .isEqualTo(OperationKind.INSERT);
    }
    assertThat(indexes(file)).containsExactly("notes_text", "notes_updatedAt");
    assertThat(schemaHash(file)).isEqualTo(V2.schemaHash());
    assertThat(tableSql(file)).doesNotContain("legacy").doesNotContain("__rebuild");
    try (SyncClient reopened = TestClients.open(file, V2)) {
      assertThat(reopened.table(V2).get("n4")).contains(new NoteV2("n4", "local", "0", 7L, "red", true));
      assertThat(reopened.pendingOperationCount()).isEqualTo(3);
    }
  }

  @Test
  void addedColumnsAreAddedInPlace() throws Exception {
    Path file = folder.resolve("store.db");
    List<QueuedOperation> before = writeVersionOne(file);

    try (SyncClient client = TestClients.open(file, V1B)) {
      assertThat(client.table(V1B).get("n1")).contains(new NoteV1b("n1", "edited", 5, "old", "12", null, false));
      assertThat(client.table(V1B).query().count()).isEqualTo(3);
      assertThat(TestClients.operations(client)).extracting(QueuedOperation::sequence)
          .containsExactlyElementsOf(before.stream().map(QueuedOperation::sequence).toList());
      assertThat(item(TestClients.operations(client), "n1")).contains("\"tags\":null");
    }
    assertThat(tableSql(file)).contains("\"pinned\" INTEGER NOT NULL DEFAULT 0");
    assertThat(schemaHash(file)).isEqualTo(V1B.schemaHash());
  }

  /** Rows n1..n4 and three operations of three kinds (one failed), plus a delta token. */
  private static List<QueuedOperation> writeVersionOne(Path file) {
    try (SyncClient client = TestClients.open(file, V1)) {
      OfflineTable<NoteV1> notes = client.table(V1);
      for (NoteV1 note : List.of(new NoteV1("n1", "first", 5, "old", "12"),
          new NoteV1("n2", "second", 1, "old", "x"), new NoteV1("n3", "third", -2, null, "abc"))) {
        TestClients.pulled(client, V1, note, T1, "v1");
      }
      TestClients.sync(client).applyPage(V1, "all", List.of(), "token-1");
      notes.update(new NoteV1("n1", "edited", 5, "old", "12"));
      notes.delete("n2");
      notes.insert(new NoteV1("n4", "local", 0, "gone soon", "7"));
      QueuedOperation sent = TestClients.sync(client).markAttempted(TestClients.operation(client, "notes", "n1")
          .orElseThrow()).orElseThrow();
      TestClients.sync(client).markFailed(sent, 500, "Server error", null);
      return TestClients.operations(client);
    }
  }

  private static String item(List<QueuedOperation> operations, String id) {
    return operations.stream().filter(operation -> operation.itemId().equals(id)).findFirst().orElseThrow()
        .item();
  }

  private static List<String> indexes(Path file) throws Exception {
    return query(file, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notes'"
        + " AND sql IS NOT NULL ORDER BY name", rows -> {
          List<String> names = new ArrayList<>();
          while (rows.next()) {
            names.add(rows.getString(1));
          }
          return names;
        });
  }

  @Test
  void aQueueWrittenBeforeTheSentItemColumnGainsItAndKeepsItsOperations() throws Exception {
    Path file = folder.resolve("store.db");
    List<QueuedOperation> before = writeVersionOne(file);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE \"__operations\" DROP COLUMN \"sentItems\"");
    }

    try (SyncClient client = TestClients.open(file, V1)) {
      assertThat(TestClients.operations(client)).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
          "sentItems").isEqualTo(before);
      client.table(V1).insert(new NoteV1("n9", "new", 1, null, null));
      assertThat(TestClients.operation(client, "notes", "n9")).isPresent();
    }
    assertThat(tableSql(file)).contains("\"sentItems\" TEXT");
  }

  private static String schemaHash(Path file) throws Exception {
    return query(file, "SELECT schemaHash FROM __schema WHERE \"table\" = 'notes'", row -> row.getString(1));
  }

  private static String tableSql(Path file) throws Exception {
    return query(file, "SELECT group_concat(sql, ';') FROM sqlite_master WHERE type = 'table'",
        row -> row.getString(1));
  }

  /** Reads the result of one query on its own connection, which is closed again. */
  private static <R> R query(Path file, String sql, RowReader<R> reader) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return reader.read(rows);
    }
  }

  /** Reads a result set. */
  private interface RowReader<R> {
    R read(ResultSet rows) throws Exception;
  }
}
