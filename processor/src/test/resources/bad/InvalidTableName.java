package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable("Todo Items")
public record InvalidTableName(@Id String id) {}
