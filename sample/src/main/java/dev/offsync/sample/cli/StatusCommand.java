package dev.offsync.sample.cli;

import dev.offsync.operations.PendingOperation;
import dev.offsync.status.SyncStatus;
import dev.offsync.sample.console.TextTable;
import dev.offsync.sample.console.Words;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code todo status}: the store, and the operations waiting to be pushed or settled. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Shows the store and its queued operations (no network).",
        "Pending operations wait to be pushed; failed ones were refused by the service and wait to be settled"
            + " ('todo conflicts')."})
final class StatusCommand extends Subcommand {

  @Override
  int run(Session session, PrintWriter out) {
    long items = session.todos().query().count();
    long open = session.db().openCount();
    out.println("store:   " + todo.store.toAbsolutePath() + ": " + Words.count(items, "item") + " (" + open
        + " open), " + Words.count(session.tags().query().count(), "tag"));
    out.println("service: " + (session.service() == null ? "none given (local only; --service URL to sync)"
        : session.service()));
    List<PendingOperation> operations = session.client().pendingOperations();
    SyncStatus status = session.client().status();
    long failed = status.failedOperations();
    out.println("queue:   " + Words.count(operations.size(), "operation")
        + perTable(status.pendingByTable()) + ", " + failed + " failed");
    if (!operations.isEmpty()) {
      TextTable table = TextTable.of("#", "table", "item", "operation", "state", "attempts", "last error");
      for (PendingOperation operation : operations) {
        table.row(operation.sequence(), operation.table(), ItemIds.shortId(operation.itemId()),
            lower(operation.kind()), lower(operation.state()), operation.attempts(), operation.lastError());
      }
      table.print(out, "  ");
    }
    if (failed > 0) {
      out.println("Settle failed operations with 'todo conflicts --keep-mine' or '--keep-theirs'.");
    }
    return ExitCodes.OK;
  }

  private static String perTable(Map<String, Long> counts) {
    return counts.isEmpty() ? "" : " (" + counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")) + ")";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
