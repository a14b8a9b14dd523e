package bad;

import dev.offsync.annotations.Column;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.LocalOnly;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.Version;

@SyncTable
public record AnnotationsOnSystemProperty(
    @Id @Column(name = "key") String id,
    @LocalOnly @Version String version,
    @Index @Version String etag) {}
