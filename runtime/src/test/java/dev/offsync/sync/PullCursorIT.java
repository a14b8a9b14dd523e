package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.HttpEngine;
import dev.offsync.NetworkException;
import dev.offsync.OfflineTable;
import dev.offsync.PullResult;
import dev.offsync.RemoteTable;
import dev.offsync.SyncClient;
import dev.offsync.SyncEvent;
import dev.offsync.query.Query;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 4: the delta token never skips a record. 1 000 records share one {@code updatedAt} at page size
 * 50, a pull is cut off half way and resumed, and records change on the service while a pull pages through.
 */
class PullCursorIT {

  /** The HTTP client under test: the JDK's here, OkHttp in the {@code OverOkHttp} subclass. */
  HttpEngine engine() {
    return HttpEngine.jdk();
  }

  private static final int RECORDS = 1_000;
  private static final Instant SHARED = Instant.parse("2024-01-01T00:00:00.123Z");

  @TempDir
  Path folder;

  private Service service;
  private SyncClient client;

  @BeforeEach
  void start() throws Exception {
    service = new Service(folder).over(engine());
    try (Connection db = service.database();
        PreparedStatement insert = db.prepareStatement("INSERT INTO \"todoitems\" (\"id\", \"updatedAt\","
            + " \"version\", \"deleted\", \"title\", \"complete\", \"priority\") VALUES (?, ?, ?, 0, ?, 0, ?)")) {
      db.setAutoCommit(false);
      for (int i = 0; i < RECORDS; i++) {
        insert.setString(1, String.format("r%04d", i));
        insert.setLong(2, SHARED.toEpochMilli());
        insert.setString(3, "v" + i);
        insert.setString(4, "record " + i);
        insert.setInt(5, i % 5);
        insert.addBatch();
      }
      insert.executeBatch();
      db.commit();
    }
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    service.close();
  }

  private static List<Todo> sorted(List<Todo> todos) {
    return todos.stream().sorted(Comparator.comparing(Todo::id)).toList();
  }

  @Test
  void aThousandRecordsSharingOneMillisecondArriveInPagesOfFifty() {
    client = service.device("a").build();
    OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);

    PullResult result = todos.pull();

    assertThat(result.fetched()).isEqualTo(RECORDS);
    assertThat(result.requests()).isEqualTo(RECORDS / Service.PAGE_SIZE);
    assertThat(todos.query().count()).isEqualTo(RECORDS);
    assertThat(todos.pull().fetched()).isZero();
  }

  @Test
  void aPullCutOffHalfWayResumesWithoutLossOrRepeats() {
    AtomicBoolean cut = new AtomicBoolean();
    client = service.device("a").listener(event -> {
      if (event instanceof SyncEvent.ItemsCommitted committed && committed.committed() == 300
          && cut.compareAndSet(false, true)) {
        service.stop();
      }
    }).build();
    OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);

    assertThatThrownBy(todos::pull).isInstanceOf(NetworkException.class);
    // The page after the 300th record may have been fetched, ahead, before the service went away.
    long kept = todos.query().count();
    assertThat(kept).isIn(300L, 300L + Service.PAGE_SIZE);

    service.start();
    PullResult resumed = todos.pull();

    assertThat(resumed.fetched()).isEqualTo(RECORDS - kept);
    assertThat(todos.query().count()).isEqualTo(RECORDS);
  }

  @Test
  void recordsChangedWhileAPullPagesThroughAreNotMissed() {
    SyncClient writer = service.device("writer").build();
    RemoteTable<Todo> remote = writer.remoteTable(TodoTable.DEFINITION);
    AtomicBoolean changed = new AtomicBoolean();
    client = service.device("a").listener(event -> {
      if (event instanceof SyncEvent.ItemsCommitted && changed.compareAndSet(false, true)) {
        for (String id : List.of("r0001", "r0500", "r0999")) {
          remote.replace(remote.get(id).orElseThrow().withTitle("changed mid-pull"));
        }
        remote.delete("r0700");
      }
    }).build();
    OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);

    todos.pull();
    todos.pull();

    List<Todo> server = sorted(remote.list(Query.all()));
    assertThat(server).hasSize(RECORDS - 1);
    assertThat(sorted(todos.query().list())).isEqualTo(server);
    assertThat(todos.get("r0001").orElseThrow().title()).isEqualTo("changed mid-pull");
    writer.close();
  }
}
