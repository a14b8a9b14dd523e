package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public record Unresolved(
    @Id String id,
    NoSuchType value) {}
