package bad.db;

import dev.offsync.annotations.Query;
import dev.offsync.annotations.SyncDao;
import dev.offsync.annotations.SyncDatabase;
import java.util.List;
import java.util.Set;

@SyncDatabase(tables = Task.class)
public interface BadDaos {
  Queries queries();

  Helper helper();

  @SyncDao
  interface Queries {
    void refresh();

    @Query(filter = "dueDate in (:days)")
    List<Task> dueOn(List<String> days);

    @Query(filter = "title eq :titles")
    List<Task> titled(Set<String> titles);

    @Query(filter = "priority in (:levels)")
    List<Task> withPriority(int... levels);
  }

  @SyncDao
  abstract class Helper {}
}
