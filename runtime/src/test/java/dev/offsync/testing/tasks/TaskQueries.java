package dev.offsync.testing.tasks;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDao;
import java.util.Collection;
import java.util.List;

/** Query methods grouped apart from {@link TaskData}, which returns them from {@code queries()}. */
@SyncDao
public interface TaskQueries {

  /** The tasks of these owners, by title. */
  @Query(filter = "owner in (:owners)", orderBy = "title")
  List<Task> ownedBy(Collection<String> owners);

  /** How many open tasks have none of these titles. */
  @Query(filter = "complete eq false and not (title in (:titles))", table = Task.class)
  long openExcept(String... titles);

  /** The labels with these names, by name. */
  @Query(filter = "name in (:names)", orderBy = "name")
  List<Label> labelsNamed(List<String> names);

  /** The tasks of one owner: a default method over a query method. */
  default List<Task> ownedBy(String owner) {
    return ownedBy(List.of(owner));
  }
}
