package dev.offsync.sync;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A note whose model carries Bean Validation constraints, which the reference server checks on each push.
 *
 * @param id the id
 * @param title the title, not blank, at most 20 characters
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("checkednotes")
record CheckedNote(@Id String id, @NotBlank @Size(max = 20) String title, @UpdatedAt Instant updatedAt,
    @Version String version) {}
