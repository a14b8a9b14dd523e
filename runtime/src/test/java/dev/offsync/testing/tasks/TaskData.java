package dev.offsync.testing.tasks;

import dev.offsync.OffsyncDatabase;
import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The database of the generated-database tests: the processor implements it as {@code OffsyncTaskData}. */
@SyncDatabase(tables = {Task.class, Label.class, Note.class}, converters = StringListJson.class)
public interface TaskData extends OffsyncDatabase {

  /** The tasks. */
  TaskDao tasks();

  /** The labels. */
  LabelDao labels();

  /** The notes. */
  NoteDao notes();

  /** The notes whose tags are exactly these, stored by the registered converter. */
  @Query(filter = "tags eq :tags")
  List<Note> taggedExactly(String tags);

  /** The query methods of {@link TaskQueries}, implemented by the generated database. */
  TaskQueries queries();

  /** Open tasks due on or before {@code day}, earliest first. */
  @Query(filter = "complete eq false and dueDate le :day", orderBy = "dueDate,title")
  List<Task> dueBy(LocalDate day);

  /** Tasks whose title starts with {@code prefix}, by title descending. */
  @Query(filter = "startswith(title, :prefix)", orderBy = "title desc")
  Stream<Task> titled(String prefix);

  /** The task with this title, if any. */
  @Query(filter = "title eq :title")
  Optional<Task> named(String title);

  /** The first task of this owner by id, or null. */
  @Query(filter = "owner eq :owner")
  Task firstOf(String owner);

  /** How many tasks are done or open. */
  @Query(filter = "complete eq :done", table = Task.class)
  long count(boolean done);

  /** Every label, by name. */
  @Query(orderBy = "name")
  List<Label> labelsByName();
}
