package dev.offsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.errors.OffsyncException;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.SyncClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 6, load: two reference server instances share one PostgreSQL database, and eight clients, four on
 * each, write, push and pull at once. Afterwards every client equals the database, as both instances serve it,
 * every write is there once, and each delta token stands on the newest record. Throughput and the p50/p99
 * latency of push and pull calls are reported, not asserted. Skipped where {@code OFFSYNC_TEST_POSTGRES_URL} is
 * unset.
 */
class LoadIT {

  private static final int CLIENTS = 8;
  private static final long LOAD_TIMEOUT_MINUTES = 20;

  @TempDir
  Path folder;

  private final Map<String, String> expected = new ConcurrentHashMap<>();
  private final List<Long> pushNanos = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> pullNanos = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong syncErrors = new AtomicLong();

  @Test
  void eightClientsThroughTwoServersOnOneDatabaseLoseNothing() throws Exception {
    String base = System.getenv("OFFSYNC_TEST_POSTGRES_URL");
    Assumptions.assumeTrue(base != null && !base.isBlank(), "Load test skipped: set OFFSYNC_TEST_POSTGRES_URL to"
        + " a JDBC URL of a throwaway PostgreSQL (CI's .ci/run starts one and sets it)");
    String schema = "offsync_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    long seed = Seeds.seed();
    int operations = Scale.of(150, 1_000);
    try (ReferenceServer first = ReferenceServer.on(folder, url);
        ReferenceServer second = ReferenceServer.on(folder, url);
        SyncClient auditor = Clients.auditor(first.uri());
        SyncClient otherAuditor = Clients.auditor(second.uri())) {
      List<SyncClient> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(Clients.device(folder.resolve("client-" + i + ".db"), (i % 2 == 0 ? first : second).uri())
            .pushParallelism(1 + i % 4).build());
      }
      long started = System.nanoTime();
      run(clients, operations, seed);
      double seconds = (System.nanoTime() - started) / 1e9;
      for (int pass = 0; pass < 2; pass++) {
        clients.forEach(client -> Sync.toCompletion(client, 20));
      }
      List<String> problems = check(clients, auditor, otherAuditor);
      List<CommitLog.Commit> commits = new ArrayList<>(first.log().commits());
      commits.addAll(second.log().commits());
      List<String> duplicates = CommitLog.duplicates(commits);
      Summary.report(String.format(Locale.ROOT, "load: %d clients on 2 servers sharing PostgreSQL, %d local"
          + " writes and %d sync calls (%d HTTP requests, %d service commits) in %.1f s: %.0f requests/s; push"
          + " p50 %.1f ms p99 %.1f ms, pull p50 %.1f ms p99 %.1f ms; %d sync calls failed and were retried;"
          + " %d lost, %d duplicated", CLIENTS, writes.get(), pushNanos.size() + pullNanos.size(), requests.get(),
          commits.size(), seconds, requests.get() / seconds, percentile(pushNanos, 50), percentile(pushNanos, 99),
          percentile(pullNanos, 50), percentile(pullNanos, 99), syncErrors.get(), lost(problems),
          duplicates.size()));
      clients.forEach(SyncClient::close);
      assertThat(problems).as(Seeds.replay(seed)).isEmpty();
      assertThat(duplicates).as(Seeds.replay(seed)).isEmpty();
    } finally {
      execute(base, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /** Every client on its own thread, doing its operations. */
  private void run(List<SyncClient> clients, int operations, long seed) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        SyncClient client = clients.get(i);
        String owner = "c" + i;
        Random random = new Random(seed * 31 + i);
        work.add(threads.submit(() -> {
          for (int n = 0; n < operations; n++) {
            step(client, owner, n, random);
          }
          return null;
        }));
      }
      for (Future<?> future : work) {
        future.get(LOAD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** One operation: a local write of the client's own items, or a push, or a pull of both tables. */
  private void step(SyncClient client, String owner, int n, Random random) {
    OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
    OfflineTable<Label> labels = client.table(LabelTable.DEFINITION);
    int dice = random.nextInt(100);
    String token = owner + "." + n;
    List<Note> mine = notes.query().where(NoteTable.ID.startsWith(owner + "-")).list();
    if (dice < 35 || mine.isEmpty()) {
      if (random.nextInt(4) == 0) {
        labels.insert(Label.of(owner + "-" + token, token));
        expected.put("labels/" + owner + "-" + token, token);
      } else {
        notes.insert(Note.of(owner + "-" + token, token));
        expected.put("notes/" + owner + "-" + token, token);
      }
      writes.incrementAndGet();
    } else if (dice < 65) {
      Note note = mine.get(random.nextInt(mine.size()));
      notes.update(note.withText(token).withCounter(n));
      expected.put("notes/" + note.id(), token);
      writes.incrementAndGet();
    } else if (dice < 75) {
      Note note = mine.get(random.nextInt(mine.size()));
      notes.delete(note.id());
      expected.put("notes/" + note.id(), "(deleted)");
      writes.incrementAndGet();
    } else if (dice < 88) {
      timed(pushNanos, () -> {
        PushResult pushed = client.push();
        requests.addAndGet(pushed.pushed() + pushed.failed().size());
      });
    } else {
      timed(pullNanos, () -> {
        PullResult pulledNotes = notes.pull();
        PullResult pulledLabels = labels.pull();
        requests.addAndGet(pulledNotes.requests() + pulledLabels.requests());
      });
    }
  }

  private void timed(List<Long> latencies, Runnable call) {
    long start = System.nanoTime();
    try {
      call.run();
      latencies.add(System.nanoTime() - start);
    } catch (OffsyncException e) {
      syncErrors.incrementAndGet();
    }
  }

  /** The differences between each client and the database, as both servers serve it, and lost writes. */
  private List<String> check(List<SyncClient> clients, SyncClient auditor, SyncClient otherAuditor) {
    List<String> problems = new ArrayList<>();
    State service = State.service(auditor);
    State.service(otherAuditor).differences(service, "second server", "first server").forEach(problems::add);
    for (int i = 0; i < clients.size(); i++) {
      State.local(clients.get(i)).differences(service, "client " + i, "service").forEach(problems::add);
      problems.addAll(DeltaTokens.problems(folder.resolve("client-" + i + ".db"), auditor));
    }
    expected.forEach((key, token) -> {
      String actual = service.tokens().getOrDefault(key, "(deleted)");
      if (!Objects.equals(token, actual)) {
        problems.add("LOST " + key + ": the last write made it " + token + ", the service has " + actual);
      }
    });
    return problems;
  }

  private static long lost(List<String> problems) {
    return problems.stream().filter(problem -> problem.startsWith("LOST ")).count();
  }

  private static double percentile(List<Long> nanos, int percent) {
    List<Long> sorted = new ArrayList<>(nanos);
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
