package dev.offsync.benchmarks.model;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The benchmarks' model: an order line with the usual mix of column types, one indexed column for the
 * query benchmark and the service's {@code updatedAt} and {@code version}. The processor generates
 * {@code ItemTable} from it; Jackson databind reads and writes the same record for the baselines.
 *
 * @param id the id
 * @param title a short text
 * @param description a longer text
 * @param complete a flag
 * @param priority a small number
 * @param quantity a large number
 * @param price a floating-point number
 * @param category one of a few values, indexed
 * @param dueDate a date
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("items")
public record Item(@Id String id, String title, String description, boolean complete, int priority,
    long quantity, double price, @Index String category, LocalDate dueDate, @UpdatedAt Instant updatedAt,
    @Version String version) {}
