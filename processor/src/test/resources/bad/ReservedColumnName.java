package bad;

import dev.offsync.annotations.Column;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public record ReservedColumnName(
    @Id String id,
    @Column(name = "__state") String state,
    String __hidden) {}
