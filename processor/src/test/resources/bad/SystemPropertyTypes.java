package bad;

import dev.offsync.annotations.Deleted;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;

@SyncTable
public record SystemPropertyTypes(
    @Id String id,
    @UpdatedAt long updatedAt,
    @Version int version,
    @Deleted String deleted) {}
