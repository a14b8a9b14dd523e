package dev.offsync.sample.cli;

import dev.offsync.sample.model.Priority;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TodoItem;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code todo add TITLE... [--due DATE] [--priority P] [--note TEXT] [--tag LABEL]...}. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = {"Adds an item (works offline).", "'todo push' sends it to the service."})
final class AddCommand extends Subcommand {

  @Parameters(paramLabel = "TITLE", arity = "1..*", description = "What to do (the words are joined).")
  List<String> title = new ArrayList<>();

  @Option(names = "--due", paramLabel = "DATE", description = "When it is due: " + DueDates.FORMS + ".")
  String due;

  @Option(names = "--priority", paramLabel = "P", defaultValue = "NORMAL",
      description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Priority priority;

  @Option(names = "--note", paramLabel = "TEXT", description = "A private note: it stays in this store.")
  String note;

  @Option(names = "--tag", paramLabel = "LABEL", description = "A tag; repeat for more.")
  List<String> tags = new ArrayList<>();

  @Override
  int run(Session session, PrintWriter out) {
    TodoItem item = TodoItem.of(String.join(" ", title).strip())
        .withPriority(priority)
        .withNote(note)
        .withDueDate(due == null ? null : DueDates.parse(due, Clock.systemDefaultZone()));
    if (item.title().isEmpty()) {
      throw CliException.usage("The title is empty");
    }
    TodoItem added = session.todos().insert(item);
    for (String label : tags) {
      session.tags().insert(Tag.on(added.id(), label.strip()));
    }
    out.println("added " + ItemIds.shortId(added.id()) + " \"" + added.title() + "\""
        + (tags.isEmpty() ? "" : " with tags " + String.join(", ", tags)));
    return ExitCodes.OK;
  }
}
