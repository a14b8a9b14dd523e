package bad.db;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import java.time.LocalDate;

@SyncTable("tasks")
public record Task(@Id String id, String title, boolean complete, LocalDate dueDate, int priority) {}
