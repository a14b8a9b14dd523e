package dev.offsync.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One data column of a table: its name in JSON and SQL, its type and how the local store treats it.
 *
 * <p>System properties ({@code id}, {@code updatedAt}, {@code version}, {@code deleted}) are not data columns;
 * see {@link SystemProperties}.
 *
 * @param name the column's JSON and SQL name (camelCase, case-sensitive locally)
 * @param type the storage and wire type
 * @param nullable whether the column may hold null (false for Java primitives)
 * @param localOnly stored locally, never sent to the service and never overwritten by a pull
 * @param indexed whether the local store keeps an index on it
 * @param serviceOwned filled by the service (an {@code @CreatedAt} column): never sent to it, written from pulls
 *     and the service's answers, and not required of a service that does not keep it
 */
public record ColumnDefinition(String name, ColumnType type, boolean nullable, boolean localOnly, boolean indexed,
    boolean serviceOwned) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  /** Checks the name: letters, digits and underscores, not starting with a digit or with {@code __}. */
  public ColumnDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (localOnly && serviceOwned) {
      throw new IllegalArgumentException("Column '" + name + "' cannot be both local-only and service-owned");
    }
    if (!NAME.matcher(name).matches() || name.startsWith("__")) {
      throw new IllegalArgumentException("Invalid column name '" + name + "': use letters, digits and"
          + " underscores, not starting with a digit or with __");
    }
  }

  /** A column the app writes: not {@linkplain #serviceOwned() service-owned}. */
  public ColumnDefinition(String name, ColumnType type, boolean nullable, boolean localOnly, boolean indexed) {
    this(name, type, nullable, localOnly, indexed, false);
  }

  /** A nullable, synchronized, unindexed column. */
  public static ColumnDefinition of(String name, ColumnType type) {
    return new ColumnDefinition(name, type, true, false, false);
  }
}
