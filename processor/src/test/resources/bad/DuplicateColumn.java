package bad;

import dev.offsync.annotations.Column;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public record DuplicateColumn(
    @Id String id,
    @Column(name = "title") String heading,
    String Title) {}
