package dev.offsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.SyncClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 1, crash: a child JVM ({@link CrashChild}) writes, pushes and pulls against the reference server
 * and is killed with SIGKILL at a random moment, sometimes twice before anyone syncs; then a fresh client
 * reopens the store and syncs to completion. Every write acknowledged before a kill must reach the service
 * exactly once, the store must equal the service, and queue and delta tokens must be consistent.
 */
class CrashIT {

  private static final long CHILD_TIMEOUT_SECONDS = 40;
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir
  Path folder;

  private final Map<String, Allowed> expected = new HashMap<>();
  private final List<String> failures = new ArrayList<>();
  private int verified;
  private int lost;

  @Test
  void everyAcknowledgedWriteReachesTheServiceExactlyOnce() throws Exception {
    long seed = Seeds.seed();
    Random random = new Random(seed);
    int trials = Scale.of(16, 200);
    Path store = folder.resolve("device.db");
    Path acks = folder.resolve("acks.log");
    try (ReferenceServer server = ReferenceServer.sqlite(folder);
        SyncClient auditor = Clients.auditor(server.uri())) {
      for (int trial = 0; trial < trials; trial++) {
        runAndKill(server, store, acks, seed, trial, random);
        if (random.nextInt(4) > 0 || trial == trials - 1) {
          verify(server, auditor, store, acks, "trial " + trial + ", " + Seeds.replay(seed));
        }
      }
      List<String> duplicates = CommitLog.duplicates(server.log().commits());
      Summary.report("crash: " + trials + " trials (" + verified + " reopen-and-sync checks, "
          + AckLog.read(acks).stream().filter(AckLog.Write::acknowledged).count() + " acknowledged writes, "
          + server.log().size() + " service commits), " + lost + " lost, " + duplicates.size() + " duplicated");
      assertThat(failures).as(Seeds.replay(seed)).isEmpty();
      assertThat(duplicates).as(Seeds.replay(seed)).isEmpty();
    }
  }

  /** Starts a child on the store and kills it at a random moment: during start-up, or after some writes. */
  private void runAndKill(ReferenceServer server, Path store, Path acks, long seed, int trial, Random random)
      throws Exception {
    long firstNumber = trial * 10_000_000L;
    Process child = new ProcessBuilder(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xmx128m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), store.toString(), server.uri().toString(), acks.toString(),
        Long.toString(seed * 1_000 + trial), "k" + trial, Long.toString(firstNumber))
        .redirectOutput(folder.resolve("child-" + trial + ".out").toFile())
        .redirectError(folder.resolve("child-" + trial + ".err").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
      if (random.nextInt(8) == 0) {
        Thread.sleep(random.nextInt(1_500)); // some kills land while the store opens
      } else {
        int target = 1 + random.nextInt(150);
        while (acknowledgedSince(acks, firstNumber) < target && child.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("child %d alive; see %s", trial, folder.resolve("child-" + trial + ".err"))
            .isTrue();
        Thread.sleep(random.nextInt(25));
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static long acknowledgedSince(Path acks, long firstNumber) {
    return AckLog.read(acks).stream().filter(w -> w.acknowledged() && w.number() > firstNumber).count();
  }

  /** Reopens the store, checks queue against rows, syncs to completion, checks against the service. */
  private void verify(ReferenceServer server, SyncClient auditor, Path store, Path acks, String context) {
    List<String> errors = new ArrayList<>();
    learn(AckLog.read(acks, errors));
    errors.forEach(error -> failures.add(context + ": a local write failed: " + error));
    verified++;
    try (SyncClient client = Clients.device(store, server.uri()).build()) {
      queueProblems(client).forEach(problem -> failures.add(context + ": after the kill, " + problem));
      DeltaTokens.beyondTheService(store, auditor).forEach(problem -> failures.add(context + ": after the kill, "
          + problem));
      Sync.toCompletion(client, 20);
      State local = State.local(client);
      State service = State.service(auditor);
      local.differences(service, "store", "service").forEach(d -> failures.add(context + ": " + d));
      checkExpected(service, context);
    }
    DeltaTokens.problems(store, auditor).forEach(problem -> failures.add(context + ": " + problem));
  }

  /** Pending operations must agree with rows: a delete has no row, an insert or update has one. */
  private static List<String> queueProblems(SyncClient client) {
    List<String> problems = new ArrayList<>();
    OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
    OfflineTable<Label> labels = client.table(LabelTable.DEFINITION);
    for (PendingOperation operation : client.pendingOperations()) {
      boolean row = operation.table().equals("notes") ? notes.get(operation.itemId()).isPresent()
          : labels.get(operation.itemId()).isPresent();
      if (row == (operation.kind() == OperationKind.DELETE)) {
        problems.add(operation + " but the row is " + (row ? "there" : "missing"));
      }
      if (operation.state() == OperationState.FAILED) {
        problems.add(operation + " failed: " + operation.lastError());
      }
    }
    return problems;
  }

  /** Adds the log's new writes to what each item may be on the service. */
  private void learn(List<AckLog.Write> writes) {
    for (AckLog.Write write : writes) {
      Allowed allowed = expected.computeIfAbsent(write.key(), key -> new Allowed());
      if (write.number() <= allowed.lastSeen) {
        continue;
      }
      allowed.lastSeen = write.number();
      if (write.acknowledged()) {
        allowed.definite = write.result();
        allowed.possible.clear();
      } else {
        allowed.possible.add(write.result());
      }
    }
  }

  /** Each item's service state must be its last acknowledged write, or a later write cut by a kill. */
  private void checkExpected(State service, String context) {
    Set<String> keys = new HashSet<>(expected.keySet());
    keys.addAll(service.tokens().keySet());
    for (String key : keys) {
      Allowed allowed = expected.get(key);
      String actual = service.tokens().get(key);
      if (allowed == null) {
        failures.add(context + ": the service has " + key + " = " + actual + ", which no write made");
        continue;
      }
      if (!Objects.equals(allowed.definite, actual) && !allowed.possible.contains(actual)) {
        lost++;
        failures.add(context + ": " + key + " is " + actual + " on the service; expected " + allowed.definite
            + (allowed.possible.isEmpty() ? "" : " or one of " + allowed.possible));
      }
      allowed.definite = actual; // settled: later writes build on what the service now holds
      allowed.possible.clear();
    }
  }

  /** What an item may be on the service: its last acknowledged state, or a later unacknowledged one. */
  private static final class Allowed {
    String definite;
    final Set<String> possible = new HashSet<>();
    long lastSeen = -1;
  }
}
