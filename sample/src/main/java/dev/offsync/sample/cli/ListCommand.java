package dev.offsync.sample.cli;

import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.sample.console.TextTable;
import dev.offsync.sample.console.Words;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemTable;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code todo list [--open|--done]}: the local items, open ones first, by due date and priority. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"Lists the local items (no network).",
        "Open ones first, then by due date, priority and title. The sync column tells what waits to be pushed."})
final class ListCommand extends Subcommand {

  /** Which items to show; at most one of the two. */
  static final class Which {
    @Option(names = "--open", description = "Only items not done.")
    boolean open;

    @Option(names = "--done", description = "Only items done.")
    boolean done;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Which which;

  private static final Comparator<TodoItem> ORDER = Comparator.comparing(TodoItem::complete)
      .thenComparing(TodoItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(TodoItem::priority, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(TodoItem::title, Comparator.nullsLast(Comparator.naturalOrder()));

  @Override
  int run(Session session, PrintWriter out) {
    List<TodoItem> found = which == null ? session.todos().query().list()
        : session.todos().findByComplete(which.done);
    List<TodoItem> items = found.stream().sorted(ORDER).toList();
    Map<String, String> tags = tagsByItem(session, items);
    Map<String, PendingOperation> pending = session.pendingByItem(TodoItemTable.DEFINITION.tableName());
    TextTable table = TextTable.of("id", "done", "priority", "due", "title", "tags", "sync");
    for (TodoItem item : items) {
      table.row(ItemIds.shortId(item.id()), item.complete() ? "[x]" : "[ ]", item.priority(),
          item.dueDate(), item.title(), tags.get(item.id()), sync(pending.get(item.id())));
    }
    if (!table.isEmpty()) {
      table.print(out, "");
    }
    long open = items.stream().filter(item -> !item.complete()).count();
    out.println(Words.count(items.size(), "item") + " (" + open + " open); "
        + Words.count(session.client().pendingOperationCount(), "change") + " waiting to be pushed");
    return ExitCodes.OK;
  }

  private static Map<String, String> tagsByItem(Session session, List<TodoItem> items) {
    return session.db().tagQueries().of(items.stream().map(TodoItem::id).toList()).stream()
        .collect(Collectors.groupingBy(Tag::todoId, Collectors.mapping(Tag::label, Collectors.joining(","))));
  }

  /** The sync column: empty when in step with the service's copy, else what is queued for it. */
  static String sync(PendingOperation operation) {
    if (operation == null) {
      return "";
    }
    String kind = operation.kind().name().toLowerCase(Locale.ROOT);
    return operation.state() == OperationState.FAILED ? kind + " failed (see 'todo conflicts')" : kind
        + " pending";
  }
}
