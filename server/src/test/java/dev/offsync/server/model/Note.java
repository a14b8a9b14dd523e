package dev.offsync.server.model;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A client model with Bean Validation constraints, which the server checks on every create and replace. */
@SyncTable("notes")
public record Note(@Id String id, @NotBlank @Size(max = 20) String title, @Min(0) @Max(5) int priority,
    @UpdatedAt Instant updatedAt, @Version String version) {}
