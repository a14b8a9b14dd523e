package dev.offsync.sync;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;

/**
 * A todo item as a legacy Azure Mobile Apps server keeps it, with the extra system property {@code createdAt}
 * read into an ordinary column (protocol v2 never sends it back).
 *
 * @param id the id
 * @param title the title
 * @param complete whether it is done
 * @param priority its priority
 * @param createdAt when the service created it
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("createdtodos")
record LegacyTodo(@Id String id, String title, boolean complete, int priority, Instant createdAt,
    @UpdatedAt Instant updatedAt, @Version String version) {}
