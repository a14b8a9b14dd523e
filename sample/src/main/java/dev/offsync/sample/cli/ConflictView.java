package dev.offsync.sample.cli;

import dev.offsync.errors.NetworkException;
import dev.offsync.OfflineTable;
import dev.offsync.operations.PendingOperation;
import dev.offsync.errors.ServiceException;
import dev.offsync.sample.console.TextTable;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TodoItem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Prints one failed operation: its error, and this store's copy beside the service's, field by field. */
final class ConflictView {

  private final Session session;
  private final PrintWriter out;

  ConflictView(Session session, PrintWriter out) {
    this.session = session;
    this.out = out;
  }

  /** Prints the operation and both copies. */
  void show(PendingOperation operation) {
    out.println(Syncs.describe(operation) + ": " + operation.lastError());
    TextTable table = TextTable.of("field", "mine (this store)", "theirs (the service)");
    if (operation.table().equals(session.tags().table().name())) {
      rows(table, copies(session.tags().table(), operation), ConflictView::fields);
    } else {
      rows(table, copies(session.todos().table(), operation), ConflictView::fields);
    }
    table.print(out, "  ");
  }

  private <T> Copies<T> copies(OfflineTable<T> table, PendingOperation operation) {
    Optional<T> mine = table.get(operation.itemId());
    if (session.service() == null) {
      return new Copies<>(mine, null, "(give --service to see it)");
    }
    try {
      return new Copies<>(mine, session.client().remoteTable(table.definition()).get(operation.itemId()), null);
    } catch (NetworkException | ServiceException e) {
      return new Copies<>(mine, null, "(cannot read it: " + e.getMessage() + ")");
    }
  }

  private static <T> void rows(TextTable table, Copies<T> copies, java.util.function.Function<T, List<String[]>>
      fields) {
    List<String[]> mine = copies.mine().map(fields).orElse(null);
    List<String[]> theirs = copies.theirs() == null ? null : copies.theirs().map(fields).orElse(null);
    List<String[]> names = mine != null ? mine : theirs;
    if (names == null) {
      table.row("", copies.mine().isPresent() ? "" : "(deleted here)", theirsText(copies, null));
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      table.row(names.get(i)[0], mine == null ? "(deleted here)" : mine.get(i)[1],
          theirsText(copies, theirs == null ? null : theirs.get(i)[1]));
    }
  }

  private static String theirsText(Copies<?> copies, String value) {
    if (copies.theirs() == null) {
      return copies.unavailable();
    }
    return copies.theirs().isEmpty() ? "(deleted on the service)" : value;
  }

  private static List<String[]> fields(TodoItem item) {
    return List.of(new String[] {"title", item.title()}, new String[] {"complete", String.valueOf(item.complete())},
        new String[] {"priority", String.valueOf(item.priority())},
        new String[] {"due", String.valueOf(item.dueDate())});
  }

  private static List<String[]> fields(Tag tag) {
    return List.of(new String[] {"label", tag.label()}, new String[] {"item", ItemIds.shortId(tag.todoId())});
  }

  /**
   * Both copies of an item.
   *
   * @param mine this store's copy (empty: deleted here)
   * @param theirs the service's copy (empty: deleted there), or null when it could not be read
   * @param unavailable why the service's copy could not be read
   */
  private record Copies<T>(Optional<T> mine, Optional<T> theirs, String unavailable) {}
}
