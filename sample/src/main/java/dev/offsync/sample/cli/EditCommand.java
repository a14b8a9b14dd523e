package dev.offsync.sample.cli;

import dev.offsync.sample.model.Priority;
import dev.offsync.sample.model.TodoItem;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code todo edit ID [--title T] [--due DATE|none] [--priority P] [--note TEXT|none] [--open|--done]}. */
@Command(name = "edit", mixinStandardHelpOptions = true,
    description = {"Changes an item (works offline).",
        "Only what the options name changes. 'todo push' sends the change to the service."})
final class EditCommand extends Subcommand {

  /** Whether to reopen or finish the item; at most one of the two. */
  static final class State {
    @Option(names = "--open", description = "Marks it not done.")
    boolean open;

    @Option(names = "--done", description = "Marks it done.")
    boolean done;
  }

  @Parameters(paramLabel = "ID", description = "An id, or a unique start of one.")
  String id;

  @Option(names = "--title", paramLabel = "TITLE", description = "A new title.")
  String title;

  @Option(names = "--due", paramLabel = "DATE", description = "A new due date: " + DueDates.FORMS
      + ", or none.")
  String due;

  @Option(names = "--priority", paramLabel = "P", description = "${COMPLETION-CANDIDATES}.")
  Priority priority;

  @Option(names = "--note", paramLabel = "TEXT", description = "A new private note, or none.")
  String note;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  State state;

  @Override
  int run(Session session, PrintWriter out) {
    if (title == null && due == null && priority == null && note == null && state == null) {
      throw CliException.usage("Nothing to change: give --title, --due, --priority, --note, --open or --done");
    }
    TodoItem item = ItemIds.find(session.todos(), id);
    TodoItem changed = edited(item);
    session.todos().update(changed);
    out.println("changed " + ItemIds.shortId(item.id()) + " \"" + changed.title() + "\"");
    return ExitCodes.OK;
  }

  private TodoItem edited(TodoItem item) {
    TodoItem changed = item;
    if (title != null) {
      if (title.isBlank()) {
        throw CliException.usage("The title is empty");
      }
      changed = changed.withTitle(title.strip());
    }
    if (due != null) {
      changed = changed.withDueDate(isNone(due) ? null : DueDates.parse(due, Clock.systemDefaultZone()));
    }
    if (priority != null) {
      changed = changed.withPriority(priority);
    }
    if (note != null) {
      changed = changed.withNote(isNone(note) ? null : note);
    }
    if (state != null) {
      changed = changed.withComplete(state.done);
    }
    return changed;
  }

  private static boolean isNone(String value) {
    return value.strip().equalsIgnoreCase("none");
  }
}
