package dev.offsync.sample.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code todo pull}: fetches what changed on the service. */
@Command(name = "pull", mixinStandardHelpOptions = true,
    description = {"Fetches what changed on the service.",
        "Only what changed since the last pull (everything the first time). A table's queued changes are pushed"
            + " first; a table with failed operations is not pulled."})
final class PullCommand extends Subcommand {

  @Override
  boolean needsService() {
    return true;
  }

  @Override
  int run(Session session, PrintWriter out) {
    Syncs.pull(session.todos().table(), out);
    Syncs.pull(session.tags().table(), out);
    return ExitCodes.OK;
  }
}
