package dev.offsync.sample.cli;

import dev.offsync.OfflineTable;
import dev.offsync.sample.console.Words;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code todo sync}: push, then pull. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"Pushes the queued changes, then pulls what changed on the service.",
        "A table with failed operations is not pulled until they are settled ('todo conflicts')."})
final class SyncCommand extends Subcommand {

  @Override
  boolean needsService() {
    return true;
  }

  @Override
  int run(Session session, PrintWriter out) {
    int code = Syncs.push(session, out);
    for (OfflineTable<?> table : java.util.List.of(session.todos().table(), session.tags().table())) {
      if (table.pendingOperationCount() == 0) {
        Syncs.pull(table, out);
      } else {
        out.println("not pulled " + table.name() + ": it has " + Words.count(table.pendingOperationCount(),
            "failed operation") + " to settle first ('todo conflicts')");
        code = ExitCodes.FAILED;
      }
    }
    return code;
  }
}
