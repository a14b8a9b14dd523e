package dev.offsync.testing.internal.memory;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A test model with a column of every column type, for comparing the stores' query results.
 *
 * @param id the id
 * @param text a string
 * @param count an int
 * @param amount a long
 * @param ratio a double
 * @param small a float
 * @param price a decimal
 * @param flag a boolean
 * @param due a date
 * @param at an instant
 * @param time a time of day
 * @param stamp a local date-time
 * @param uid a UUID
 * @param color an enum
 * @param data bytes
 */
@SyncTable("samples")
public record Sample(@Id String id, String text, Integer count, Long amount, Double ratio, Float small,
    BigDecimal price, Boolean flag, LocalDate due, Instant at, LocalTime time, LocalDateTime stamp, UUID uid,
    Color color, byte[] data) {

  /** An enum column's type. */
  public enum Color {
    /** Red. */
    RED,
    /** Green. */
    GREEN,
    /** Blue. */
    BLUE
  }
}
