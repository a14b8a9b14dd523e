package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.PullResult;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncEvent;
import dev.offsync.server.User;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull requests the next page while it applies the current one, and never runs further ahead than one
 * page (invariant 7). The service counts the requests it receives; the client's listener looks at the
 * count while a page is being applied.
 */
class PullPrefetchIT {

  private static final int PAGES = 6;
  private static final int RECORDS = PAGES * Service.PAGE_SIZE;

  @TempDir
  Path folder;

  private final AtomicInteger requests = new AtomicInteger();
  private Service service;
  private SyncClient client;

  @BeforeEach
  void start() throws Exception {
    service = new Service(folder, token -> {
      synchronized (requests) {
        requests.incrementAndGet();
        requests.notifyAll();
      }
      return Optional.of(new User("u"));
    });
    try (Connection db = service.database();
        PreparedStatement insert = db.prepareStatement("INSERT INTO \"todoitems\" (\"id\", \"updatedAt\","
            + " \"version\", \"deleted\", \"title\", \"complete\", \"priority\") VALUES (?, ?, ?, 0, ?, 0, 0)")) {
      db.setAutoCommit(false);
      for (int i = 0; i < RECORDS; i++) {
        insert.setString(1, String.format("r%04d", i));
        insert.setLong(2, Instant.parse("2024-01-01T00:00:00Z").toEpochMilli() + i);
        insert.setString(3, "v" + i);
        insert.setString(4, "record " + i);
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

  @Test
  void theNextPageIsOnItsWayWhileThisOneIsApplied() {
    List<Boolean> nextArrivedDuringApply = new ArrayList<>();
    // The first pull checks the table's schema with a request of its own before PullStarted: not a page.
    AtomicInteger beforePages = new AtomicInteger();
    client = service.device("a").authentication(refresh -> "token").listener(event -> {
      if (event instanceof SyncEvent.PullStarted) {
        beforePages.set(requests.get());
      } else if (event instanceof SyncEvent.ItemsFetched && nextArrivedDuringApply.size() < PAGES - 1) {
        // Page k is fetched and not yet applied: request k + 1 reaches the service before we go on.
        nextArrivedDuringApply.add(awaitRequests(beforePages.get() + nextArrivedDuringApply.size() + 2));
      }
    }).build();

    PullResult result = client.table(TodoTable.DEFINITION).pull();

    assertThat(result.fetched()).isEqualTo(RECORDS);
    assertThat(nextArrivedDuringApply).hasSize(PAGES - 1).containsOnly(true);
  }

  @Test
  void neverMoreThanOnePageAhead() {
    List<Integer> aheadAtCommit = new ArrayList<>();
    AtomicInteger committedPages = new AtomicInteger();
    // The first pull checks the table's schema with a request of its own before PullStarted: not a page.
    AtomicInteger beforePages = new AtomicInteger();
    client = service.device("a").authentication(refresh -> "token").listener(event -> {
      if (event instanceof SyncEvent.PullStarted) {
        beforePages.set(requests.get());
      } else if (event instanceof SyncEvent.ItemsCommitted) {
        aheadAtCommit.add(requests.get() - beforePages.get() - committedPages.incrementAndGet());
      }
    }).build();
    OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);

    todos.pull();

    // Page k is committed: request k + 1 may have gone out, request k + 2 not yet (the last page has none).
    assertThat(aheadAtCommit).hasSize(PAGES).allSatisfy(ahead -> assertThat(ahead).isBetween(0, 1));
    assertThat(todos.query().count()).isEqualTo(RECORDS);
  }

  /** Waits up to 10 s until the service has received {@code count} requests; false if it has not. */
  private boolean awaitRequests(int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    synchronized (requests) {
      while (requests.get() < count) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        try {
          requests.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }
}
