package bad;

import dev.offsync.annotations.Deleted;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.time.OffsetDateTime;

@SyncTable
public record DuplicateSystemProperties(
    @Id String id,
    @UpdatedAt Instant updatedAt,
    @UpdatedAt OffsetDateTime changedAt,
    @Version String version,
    @Version String etag,
    @Deleted boolean deleted,
    @Deleted Boolean removed) {}
