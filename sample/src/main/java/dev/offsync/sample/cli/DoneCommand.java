package dev.offsync.sample.cli;

import dev.offsync.sample.model.TodoItem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code todo done ID...}: marks items done. */
@Command(name = "done", mixinStandardHelpOptions = true,
    description = {"Marks items done (works offline).", "'todo push' sends the change to the service."})
final class DoneCommand extends Subcommand {

  @Parameters(paramLabel = "ID", arity = "1..*", description = "An id, or a unique start of one.")
  List<String> ids = new ArrayList<>();

  @Override
  int run(Session session, PrintWriter out) {
    for (String id : ids) {
      TodoItem item = ItemIds.find(session.todos(), id);
      if (item.complete()) {
        out.println("already done: " + ItemIds.shortId(item.id()) + " \"" + item.title() + "\"");
      } else {
        session.todos().update(item.withComplete(true));
        out.println("done: " + ItemIds.shortId(item.id()) + " \"" + item.title() + "\"");
      }
    }
    return ExitCodes.OK;
  }
}
