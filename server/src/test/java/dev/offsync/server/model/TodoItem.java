package dev.offsync.server.model;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.LocalOnly;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A client model whose generated definition the server serves; {@code draft} never leaves the client, and
 * {@code title} is indexed on both sides.
 */
@SyncTable("todoitems")
public record TodoItem(@Id String id, @Index String title, boolean complete, LocalDate dueDate, @LocalOnly String draft,
    @UpdatedAt Instant updatedAt, @Version String version) {}
