package bad;

import dev.offsync.annotations.Column;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public record InvalidColumnName(
    @Id String id,
    @Column(name = "due date") String dueDate) {}
