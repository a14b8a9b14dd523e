package dev.offsync.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.Subscription;
import dev.offsync.schema.SystemProperties;
import dev.offsync.internal.store.sqlite.SqliteStore;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import dev.offsync.store.LocalStore;
import dev.offsync.store.RowQuery;
import dev.offsync.testing.Deliveries;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tracker over an in-memory SQLite store: which writes mark which tables, and how runs coalesce. */
class LiveQueriesTest {

  private final ExecutorService queries = Executors.newSingleThreadExecutor();
  private final TrackingStore store = TrackingStore.wrap(
      SqliteStore.open(SqliteStoreConfig.memory(), List.of(TodoTable.DEFINITION), Clock.systemUTC()), LiveQueries.create(queries));
  private final LiveQueries live = TrackingStore.liveQueries(store);

  @AfterEach
  void close() throws InterruptedException {
    store.close();
    queries.shutdownNow();
    assertThat(queries.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
  }

  private static void insert(LocalStore store, String id) {
    store.write(transaction -> {
      transaction.insertRow(TodoTable.DEFINITION, Todo.of(id, "t"), new SystemProperties(id, null, null, false));
      return null;
    });
  }

  private long rows() {
    return store.read(transaction -> transaction.count(TodoTable.DEFINITION, RowQuery.all()));
  }

  @Test
  void aThousandCommitsWhileTheQueryWaitsRunItOnce() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Deliveries<Long> seen = new Deliveries<>();
    live.observe(Set.of("todoitems"), () -> {
      runs.incrementAndGet();
      return rows();
    }, seen);
    seen.awaitCount(1);
    // The first run's task may still be on the query thread after its delivery; let it end, or a commit that
    // lands meanwhile runs the query again inside that task, ahead of the blocker below.
    queries.submit(() -> { }).get(20, TimeUnit.SECONDS);
    CountDownLatch release = new CountDownLatch(1);
    queries.execute(() -> {
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    for (int i = 0; i < 1000; i++) {
      insert(store, "i" + i);
    }
    release.countDown();
    assertThat(seen.awaitLast(count -> count == 1000)).isEqualTo(1000);
    assertThat(runs.get()).isEqualTo(2);
    assertThat(seen.all()).containsExactly(0L, 1000L);
  }

  @Test
  void queueAndTokenChangesMarkTheirOwnNamesNotTheEntityTable() {
    Deliveries<Long> operations = new Deliveries<>();
    Deliveries<Long> entities = new Deliveries<>();
    AtomicInteger tokenRuns = new AtomicInteger();
    live.observe(Set.of(TrackedTables.DELTA_TOKENS), () -> (long) tokenRuns.incrementAndGet(), value -> { });
    live.observe(Set.of(TrackedTables.OPERATIONS), () -> (long) store.read(t -> t.operationCounts().size()),
        operations);
    live.observe(Set.of("todoitems"), this::rows, entities);
    entities.awaitCount(1);
    operations.awaitCount(1);
    store.write(transaction -> {
      transaction.putDeltaToken("todoitems", "q", "2026-01-01T00:00:00Z");
      return null;
    });
    insert(store, "a");
    entities.awaitLast(count -> count == 1);
    assertThat(tokenRuns.get()).isEqualTo(2);
    assertThat(operations.all()).containsExactly(0L);
  }

  @Test
  void aRolledBackWriteDeliversNothingNew() {
    Deliveries<Long> seen = new Deliveries<>();
    live.observe(Set.of("todoitems"), this::rows, seen);
    seen.awaitCount(1);
    try {
      store.write(transaction -> {
        transaction.insertRow(TodoTable.DEFINITION, Todo.of("x", "t"), new SystemProperties("x", null, null, false));
        throw new IllegalStateException("roll back");
      });
    } catch (IllegalStateException expected) {
      // the store is as before
    }
    insert(store, "a");
    seen.awaitLast(count -> count == 1);
    assertThat(seen.all()).containsExactly(0L, 1L);
  }

  @Test
  void cancelledAndClosedObserversLeaveTheRegistry() {
    Subscription one = live.observe(Set.of("todoitems", TrackedTables.OPERATIONS), this::rows, value -> { });
    live.observe(Set.of("todoitems"), this::rows, value -> { });
    assertThat(live.observerCount()).isEqualTo(2);
    one.cancel();
    assertThat(live.observerCount()).isEqualTo(1);
    live.close();
    assertThat(live.observerCount()).isZero();
  }
}
