package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.util.List;

@SyncDatabase(tables = Task.class)
public interface UnusedParameterAndBadOrder {
  @Query(filter = "complete eq false", orderBy = "dueDate sideways")
  List<Task> open(int limit);

  @Query(filter = "complete eq false")
  long countOpen();
}
