package dev.offsync.sample.cli;

import dev.offsync.PurgeOptions;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code todo purge [--force]}: empties the local store; the next pull fetches everything again. */
@Command(name = "purge", mixinStandardHelpOptions = true,
    description = {"Empties the local store (not the service).",
        "Removes every item and tag and forgets the pull positions, so the next pull fetches everything. Refused"
            + " while changes wait to be pushed, unless --force, which discards them."})
final class PurgeCommand extends Subcommand {

  @Option(names = "--force", description = "Purge even with queued changes, discarding them.")
  boolean force;

  @Override
  int run(Session session, PrintWriter out) {
    long pending = session.client().pendingOperationCount();
    if (pending > 0 && !force) {
      // Checked for both tables before purging either, so a refusal changes nothing.
      throw CliException.failed("purge refused: " + pending + " change" + (pending == 1 ? "" : "s")
          + " would be lost. Push first ('todo push'), or 'todo purge --force' to discard "
          + (pending == 1 ? "it" : "them") + ".");
    }
    PurgeOptions options = force ? PurgeOptions.force() : PurgeOptions.defaults();
    long tags = session.tags().purge(options);
    long items = session.todos().purge(options);
    out.println("purged " + items + " item" + (items == 1 ? "" : "s") + " and " + tags + " tag"
        + (tags == 1 ? "" : "s") + " from the local store" + (pending > 0 ? ", discarded " + pending
        + " queued change" + (pending == 1 ? "" : "s") : "") + "; 'todo pull' fetches everything again");
    return ExitCodes.OK;
  }
}
