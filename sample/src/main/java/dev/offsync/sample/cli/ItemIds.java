package dev.offsync.sample.cli;

import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemDao;
import dev.offsync.sample.model.TodoItemTable;
import java.util.List;
import java.util.stream.Collectors;

/** Finds an item by its id or a unique start of it, as {@code todo list} shows the first 8 characters. */
final class ItemIds {

  /** The length of the ids {@code todo list} shows. */
  static final int SHOWN = 8;
  private static final int CANDIDATES_SHOWN = 5;

  private ItemIds() {}

  /**
   * The item whose id is {@code text}, or the only one whose id starts with it.
   *
   * @throws CliException if none or several match
   */
  static TodoItem find(TodoItemDao todos, String text) {
    String prefix = text.strip();
    if (prefix.isEmpty()) {
      throw CliException.usage("An empty id; give an id as 'todo list' shows it");
    }
    var exact = todos.get(prefix);
    if (exact.isPresent()) {
      return exact.get();
    }
    List<TodoItem> matches = todos.query().where(TodoItemTable.ID.startsWith(prefix)).top(CANDIDATES_SHOWN + 1)
        .list();
    if (matches.isEmpty()) {
      throw CliException.failed("No item has an id starting with '" + prefix + "'; see 'todo list'");
    }
    if (matches.size() > 1) {
      throw CliException.failed("'" + prefix + "' starts several ids (" + matches.stream().limit(CANDIDATES_SHOWN)
          .map(TodoItem::id).collect(Collectors.joining(", ")) + (matches.size() > CANDIDATES_SHOWN ? ", ..." : "")
          + "); give more of the id");
    }
    return matches.get(0);
  }

  /** The first {@link #SHOWN} characters of an id. */
  static String shortId(String id) {
    return id.length() <= SHOWN ? id : id.substring(0, SHOWN);
  }
}
