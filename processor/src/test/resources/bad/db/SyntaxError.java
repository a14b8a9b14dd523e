package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDatabase;
import java.util.stream.Stream;

@SyncDatabase(tables = Task.class)
public interface SyntaxError {
  @Query(filter = "complete eq eq false")
  Stream<Task> open();
}
