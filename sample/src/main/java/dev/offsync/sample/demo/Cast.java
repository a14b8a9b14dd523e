package dev.offsync.sample.demo;

import dev.offsync.sample.model.Priority;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TagDao;
import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemDao;
import java.time.LocalDate;
import java.util.List;

/**
 * The items the story follows by name, and the backlog that makes the pushes and pulls big.
 *
 * @param milk the item that is renamed, then deleted
 * @param plumber the item both devices edit: the conflict
 * @param passport an item nobody touches after it is made
 */
record Cast(TodoItem milk, TodoItem plumber, TodoItem passport) {

  /** The milk item's title after device A renames it. */
  static final String RENAMED = "Buy oat milk";

  /** The note device A keeps on the milk item; it never leaves device A. */
  static final String NOTE = "the one in the green carton";

  /** Adds the named items and their tags to a device's tables. */
  static Cast create(TodoItemDao todos, TagDao tags, LocalDate today) {
    TodoItem milk = todos.insert(TodoItem.of("Buy milk").withNote(NOTE));
    TodoItem plumber = todos.insert(TodoItem.of("Call the plumber").withPriority(Priority.NORMAL));
    TodoItem passport = todos.insert(TodoItem.of("Renew passport").withDueDate(today.plusDays(30))
        .withPriority(Priority.LOW));
    tags.insert(Tag.on(milk.id(), "errands"));
    tags.insert(Tag.on(milk.id(), "home"));
    tags.insert(Tag.on(plumber.id(), "home"));
    tags.insert(Tag.on(passport.id(), "admin"));
    return new Cast(milk, plumber, passport);
  }

  /** Adds {@code count} backlog items: varied priorities, some due dates. */
  static void backlog(TodoItemDao todos, int count, LocalDate today) {
    Priority[] priorities = Priority.values();
    for (int i = 1; i <= count; i++) {
      TodoItem item = TodoItem.of(String.format(java.util.Locale.ROOT, "Backlog item %04d", i))
          .withPriority(priorities[i % priorities.length]);
      todos.insert(i % 7 == 0 ? item.withDueDate(today.plusDays(i % 60)) : item);
    }
  }

  /** The title the story last gave the item with this id. */
  String lastTitle(String id) {
    return id.equals(milk.id()) ? RENAMED : id.equals(plumber.id()) ? plumber.title() : passport.title();
  }

  /** The ids of the named items, in story order. */
  List<String> ids() {
    return List.of(milk.id(), plumber.id(), passport.id());
  }
}
