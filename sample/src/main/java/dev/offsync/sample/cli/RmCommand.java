package dev.offsync.sample.cli;

import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code todo rm ID...}: deletes items and their tags. */
@Command(name = "rm", mixinStandardHelpOptions = true,
    description = {"Deletes items and their tags (works offline).", "'todo push' sends the deletes to the service."})
final class RmCommand extends Subcommand {

  @Parameters(paramLabel = "ID", arity = "1..*", description = "An id, or a unique start of one.")
  List<String> ids = new ArrayList<>();

  @Override
  int run(Session session, PrintWriter out) {
    for (String id : ids) {
      TodoItem item = ItemIds.find(session.todos(), id);
      List<Tag> tags = session.tags().query().where(TagTable.TODO_ID.eq(item.id())).list();
      for (Tag tag : tags) {
        session.tags().delete(tag);
      }
      session.todos().delete(item);
      out.println("removed " + ItemIds.shortId(item.id()) + " \"" + item.title() + "\""
          + (tags.isEmpty() ? "" : " and its " + tags.size() + " tag" + (tags.size() == 1 ? "" : "s")));
    }
    return ExitCodes.OK;
  }
}
