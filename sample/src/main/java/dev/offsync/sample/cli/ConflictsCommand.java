package dev.offsync.sample.cli;

import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.PendingOperation;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code todo conflicts [ID] [--keep-mine|--keep-theirs]}: shows the failed operations (conflicts, mostly)
 * with both copies side by side, or settles them.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
    description = {"Shows or settles the operations the service refused.",
        "Mostly conflicts: the service's copy changed too. Without an option, shows this store's copy and the"
            + " service's side by side. --keep-mine sends this store's copy over the service's; --keep-theirs takes"
            + " the service's copy. With --service, settled changes are pushed at once."})
final class ConflictsCommand extends Subcommand {

  /** How to settle; at most one of the two. */
  static final class Choice {
    @Option(names = "--keep-mine", description = "Keep this store's copy: it replaces the service's.")
    boolean mine;

    @Option(names = "--keep-theirs", description = "Keep the service's copy: this store's change is dropped.")
    boolean theirs;
  }

  @Parameters(paramLabel = "ID", arity = "0..1", description = "Only the operation of this item (an id or a"
      + " unique start of one); all failed operations without it.")
  String id;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Choice choice;

  @Override
  int run(Session session, PrintWriter out) {
    List<PendingOperation> failed = Syncs.failed(session).stream()
        .filter(operation -> id == null || operation.itemId().startsWith(id.strip())).toList();
    if (failed.isEmpty()) {
      out.println(id == null ? "no conflicts" : "no failed operation for an item starting with '" + id + "'");
      return ExitCodes.OK;
    }
    if (choice == null) {
      ConflictView view = new ConflictView(session, out);
      failed.forEach(view::show);
      out.println("Settle with 'todo conflicts [ID] --keep-mine' or '--keep-theirs'.");
      return ExitCodes.OK;
    }
    for (PendingOperation operation : failed) {
      settle(table(session, operation), operation);
      out.println((choice.mine ? "kept mine: " : "kept theirs: ") + Syncs.describe(operation));
    }
    return session.service() == null ? ExitCodes.OK : Syncs.push(session, out);
  }

  private static OfflineTable<?> table(Session session, PendingOperation operation) {
    return operation.table().equals(session.tags().table().name()) ? session.tags().table()
        : session.todos().table();
  }

  private <T> void settle(OfflineTable<T> table, PendingOperation operation) {
    if (choice.theirs) {
      keepTheirs(table, operation);
    } else if (operation.kind() == OperationKind.DELETE) {
      // A refused delete: take the service's copy, then delete that version of it.
      keepTheirs(table, operation);
      if (table.get(operation.itemId()).isPresent()) {
        table.delete(operation.itemId());
      }
    } else {
      table.retry(operation, table.get(operation.itemId()).orElseThrow(() -> CliException.failed(
          "The local copy of " + operation.itemId() + " is gone; use --keep-theirs")));
    }
  }

  private static <T> void keepTheirs(OfflineTable<T> table, PendingOperation operation) {
    try {
      table.keepServerCopy(operation);
    } catch (IllegalStateException noServerCopy) {
      // The refusal carried no copy (the item is gone from the service): dropping the change is all there is.
      table.discard(operation);
    }
  }
}
