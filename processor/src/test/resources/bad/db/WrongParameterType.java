package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.util.List;

@SyncDatabase(tables = Task.class)
public interface WrongParameterType {
  @Query(filter = "dueDate le :day")
  List<Task> dueBy(String day);
}
