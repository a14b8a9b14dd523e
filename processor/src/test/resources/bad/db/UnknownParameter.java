package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.util.Optional;

@SyncDatabase(tables = Task.class)
public interface UnknownParameter {
  @Query(filter = "title eq :name")
  Optional<Task> named(String title);
}
