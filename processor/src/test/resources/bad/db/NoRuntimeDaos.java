package bad.db;

import dev.offsync.annotations.SyncDatabase;

@SyncDatabase(tables = Task.class)
public interface NoRuntimeDaos {
  TaskDao tasks();
}
