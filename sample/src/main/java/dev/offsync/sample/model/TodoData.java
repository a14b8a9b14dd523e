package dev.offsync.sample.model;

import dev.offsync.OffsyncDatabase;
import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.time.LocalDate;
import java.util.List;

/**
 * The sample's offline database: todo items and their tags. The processor implements it as
 * {@code OffsyncTodoData}, opened with {@code OffsyncTodoData.builder().store(path).endpoint(uri).build()}.
 */
@SyncDatabase(tables = {TodoItem.class, Tag.class})
public interface TodoData extends OffsyncDatabase {

  /** The todo items. */
  TodoItemDao todoItems();

  /** The tags of todo items. */
  TagDao tags();

  /** The queries on tags. */
  TagQueries tagQueries();

  /** The open items due on or before {@code day}, earliest first, then by title. */
  @Query(filter = "complete eq false and dueDate le :day", orderBy = "dueDate,title")
  List<TodoItem> dueBy(LocalDate day);

  /** How many items are still open. */
  @Query(filter = "complete eq false", table = TodoItem.class)
  long openCount();
}
