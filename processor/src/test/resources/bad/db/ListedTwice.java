package bad.db;

import dev.offsync.annotations.SyncDatabase;

@SyncDatabase(tables = {Task.class, String.class, Task.class})
public interface ListedTwice {}
