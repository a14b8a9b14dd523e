package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
record DefaultTableName$V2(@Id String id) {}
