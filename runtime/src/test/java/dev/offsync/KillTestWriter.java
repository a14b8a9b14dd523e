package dev.offsync;

import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The child process of {@link KillTest}: opens a store and performs a {@link WriteScript}, printing the
 * number of each committed write, until it is killed (or a minute passes).
 */
public final class KillTestWriter {

  private static final int MAX_STEPS = 1_000_000;

  private KillTestWriter() {}

  /** Arguments: the store file and the script's seed. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    WriteScript script = new WriteScript(Long.parseLong(args[1]));
    PrintStream out = System.out;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    try (SyncClient client = TestClients.open(file, TodoTable.DEFINITION)) {
      OfflineTable<Todo> todos = client.table(TodoTable.DEFINITION);
      out.println("open");
      out.flush();
      for (int step = 1; step <= MAX_STEPS && System.nanoTime() < deadline; step++) {
        script.next(todos);
        out.println(step);
        out.flush();
      }
    }
  }
}
