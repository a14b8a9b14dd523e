package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.Version;

@SyncTable
public record TwoRoles(
    @Id String id,
    @Version @Id String version) {}
