package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.util.List;

@SyncDatabase(tables = Task.class)
public interface UnknownColumn {
  @Query(filter = "complete eq false and titel eq :title")
  List<Task> byTitle(String title);
}
