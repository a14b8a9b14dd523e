package dev.offsync.sample.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code todo push}: sends the queued changes. */
@Command(name = "push", mixinStandardHelpOptions = true,
    description = {"Sends the queued changes to the service.",
        "Both tables, in the order the changes were made. Conflicts stay queued as failed: settle them with"
            + " 'todo conflicts'."})
final class PushCommand extends Subcommand {

  @Override
  boolean needsService() {
    return true;
  }

  @Override
  int run(Session session, PrintWriter out) {
    return Syncs.push(session, out);
  }
}
