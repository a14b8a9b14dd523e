package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Ignore;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.SyncTable;

@SyncTable
public record IgnoredComponent(
    @Id String id,
    @Ignore String fine,
    @Ignore @Index String cache) {}
