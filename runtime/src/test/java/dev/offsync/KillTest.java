package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.StoreException;
import dev.offsync.operations.OperationKind;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writing through a client is killed with SIGKILL at random moments; each time the store reopens
 * and holds exactly the writes it acknowledged (or one more, committed but not yet printed), with rows and
 * queue in agreement. Seeded; {@code OFFSYNC_STORE_SEED} explores other seeds.
 */
class KillTest {

  private static final int TRIALS = 20;
  private static final long TRIAL_TIMEOUT_SECONDS = 30;

  @TempDir
  Path folder;

  @Test
  void aKilledWriterLeavesEveryAcknowledgedWriteWithItsOperation() throws Exception {
    long seed = ConcurrencyTest.seed();
    Random random = new Random(seed);
    for (int trial = 0; trial < TRIALS; trial++) {
      Path file = folder.resolve("kill-" + trial + ".db");
      long scriptSeed = seed * 1_000 + trial;
      int acknowledged = runAndKill(file, scriptSeed, random, trial);
      verify(file, scriptSeed, acknowledged, "trial " + trial + ", seed " + seed);
    }
  }

  /** Starts the writer, kills it at a random moment, and returns how many writes it acknowledged. */
  private int runAndKill(Path file, long scriptSeed, Random random, int trial) throws Exception {
    // Progress goes to a file, not a pipe: what the child wrote before dying is all there, to the byte.
    Path progress = folder.resolve("kill-" + trial + ".out");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        KillTestWriter.class.getName(), file.toString(), Long.toString(scriptSeed))
        .redirectOutput(progress.toFile())
        .redirectError(folder.resolve("kill-" + trial + ".err").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TRIAL_TIMEOUT_SECONDS);
      if (trial % 4 == 0) {
        // Some kills land during start-up or while the store is being created.
        Thread.sleep(random.nextInt(600));
      } else {
        int target = 1 + random.nextInt(800);
        while (acknowledged(progress) < target && child.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        assertThat(acknowledged(progress)).as("writes before the deadline; see " + file + ".err")
            .isGreaterThanOrEqualTo(target);
        if (trial == 1) {
          assertThatThrownBy(() -> TestClients.open(file, TodoTable.DEFINITION))
              .isInstanceOf(StoreException.class).hasMessageContaining("open in another process");
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(TRIAL_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
    return acknowledged(progress);
  }

  /** The last write number the child printed in full (a line cut by the kill does not count). */
  private static int acknowledged(Path progress) throws IOException {
    String text = Files.exists(progress) ? Files.readString(progress, StandardCharsets.UTF_8) : "";
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return 0;
    }
    String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    return line.equals("open") ? 0 : Integer.parseInt(line);
  }

  private static void verify(Path file, long scriptSeed, int acknowledged, String context) throws IOException {
    assertThat(Files.exists(file) || acknowledged == 0).as(context).isTrue();
    try (SyncClient client = TestClients.open(file, TodoTable.DEFINITION)) {
      State state = TestClients.store(client).read(transaction -> new State(Audit.rows(transaction),
          kinds(transaction.operations(OperationFilter.all())), Audit.problems(transaction)));
      assertThat(state.problems()).as(context).isEmpty();
      QueueModel exact = WriteScript.after(scriptSeed, acknowledged);
      QueueModel oneMore = WriteScript.after(scriptSeed, acknowledged + 1);
      boolean matchesExact = state.rows().equals(exact.rows) && state.kinds().equals(exact.operations);
      boolean matchesOneMore = state.rows().equals(oneMore.rows) && state.kinds().equals(oneMore.operations);
      assertThat(matchesExact || matchesOneMore)
          .as("%s: after %d acknowledged writes the store differs: %s", context, acknowledged,
              differences(state, exact))
          .isTrue();
      client.table(TodoTable.DEFINITION).insert(Todo.of("after-kill"));
    }
  }

  private static String differences(State state, QueueModel model) {
    StringBuilder text = new StringBuilder();
    java.util.Set<String> ids = new java.util.TreeSet<>(state.rows().keySet());
    ids.addAll(model.rows.keySet());
    for (String id : ids) {
      if (!java.util.Objects.equals(state.rows().get(id), model.rows.get(id))) {
        text.append("\n  row ").append(id).append(": store ").append(state.rows().get(id)).append(", expected ")
            .append(model.rows.get(id));
      }
    }
    if (!state.kinds().equals(model.operations)) {
      text.append("\n  queue: store ").append(state.kinds()).append(", expected ").append(model.operations);
    }
    return text.toString();
  }

  private record State(Map<String, Todo> rows, Map<String, OperationKind> kinds, List<String> problems) {}

  private static Map<String, OperationKind> kinds(List<QueuedOperation> operations) {
    Map<String, OperationKind> kinds = new LinkedHashMap<>();
    operations.forEach(operation -> kinds.put(operation.itemId(), operation.kind()));
    return kinds;
  }
}
