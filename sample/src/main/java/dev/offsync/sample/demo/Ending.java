package dev.offsync.sample.demo;

import dev.offsync.sample.console.TextTable;
import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemTable;
import java.util.Optional;

/** The last chapter: both devices sync once more, and their stores are compared with the service's tables. */
final class Ending {

  private final Story story;
  private final Device a;
  private final Device b;

  Ending(Story story, Device a, Device b) {
    this.story = story;
    this.a = a;
    this.b = b;
  }

  /** Syncs both devices, compares the three sides and prints the comparison. */
  Convergence converge(Cast cast) {
    story.chapter("Converged?");
    Device.Pulled pulledA = a.pull();
    Device.Pulled pulledB = b.pull();
    story.say("Both devices pull once more (A: " + pulledA.todos().fetched() + " fetched, B: "
        + pulledB.todos().fetched() + " fetched); the service's tables are read directly.");
    Snapshot onA = Snapshot.ofDevice(a);
    Snapshot onB = Snapshot.ofDevice(b);
    Snapshot onService = Snapshot.ofService(a.client());
    story.table(TextTable.of("", "device A", "device B", "service")
        .row("todoitems", onA.todos().size(), onB.todos().size(), onService.todos().size())
        .row("tags", onA.tags().size(), onB.tags().size(), onService.tags().size())
        .row("digest", onA.digest(), onB.digest(), onService.digest()));
    story.say("The story's items:");
    TextTable items = TextTable.of("item", "device A", "device B", "service");
    for (String id : cast.ids()) {
      Optional<TodoItem> service = a.client().remoteTable(TodoItemTable.DEFINITION).get(id);
      Optional<TodoItem> local = a.todos().get(id);
      items.row(id.substring(0, 8) + " " + local.or(() -> service).map(TodoItem::title).orElse(cast.lastTitle(id)),
          state(local), state(b.todos().get(id)), state(service));
    }
    story.table(items);
    Convergence convergence = Convergence.of(onA, onB, onService);
    convergence.shownDifferences().forEach(story::say);
    return convergence;
  }

  private static String state(Optional<TodoItem> item) {
    return item.map(todo -> (todo.complete() ? "done " : "open ") + todo.priority()
        + (todo.dueDate() == null ? "" : " due " + todo.dueDate())).orElse("(deleted)");
  }
}
