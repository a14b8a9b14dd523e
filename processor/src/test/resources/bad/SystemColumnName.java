package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public record SystemColumnName(
    @Id String id,
    String version) {}
