package dev.offsync.testing.tasks;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

/**
 * The second table of the generated-database tests.
 *
 * @param id the id
 * @param name the name
 */
@SyncTable("labels")
public record Label(@Id String id, String name) {}
