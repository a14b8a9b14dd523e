package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.time.LocalDate;
import java.util.List;

@SyncDatabase(tables = Task.class)
public interface NoRuntime {
  @Query(filter = "complete eq false and dueDate le :day", orderBy = "dueDate")
  List<Task> dueBy(LocalDate day);
}
