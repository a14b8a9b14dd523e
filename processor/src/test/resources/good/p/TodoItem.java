package p;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The design's example model. */
@SyncTable("todoitems")
public record TodoItem(
    @Id String id,
    String title,
    boolean complete,
    @Index LocalDate dueDate,
    @UpdatedAt Instant updatedAt,
    @Version String version) {}
