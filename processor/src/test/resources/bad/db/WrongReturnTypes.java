package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.util.Map;
import java.util.Set;

@SyncDatabase(tables = Task.class)
public interface WrongReturnTypes {
  Map<String, Task> all();

  @Query(filter = "complete eq true")
  Set<Task> done();

  @Query(orderBy = "title")
  String firstTitle();
}
