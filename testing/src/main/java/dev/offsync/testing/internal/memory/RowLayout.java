package dev.offsync.testing.internal.memory;

import dev.offsync.testing.internal.memory.StoredValues.Affinity;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local row layout of one table version: {@code id}, {@code updatedAt}, {@code version}, then the data
 * columns, with each column's position, type and affinity. Immutable.
 */
final class RowLayout {

  /** Position of {@code id} in a row. */
  static final int ID = 0;
  /** Position of {@code updatedAt}. */
  static final int UPDATED_AT = 1;
  /** Position of {@code version}. */
  static final int VERSION = 2;
  private static final int SYSTEM = 3;

  private final List<ColumnDefinition> columns;
  private final Map<String, Integer> positions;

  /** The layout of a table with these data columns, in storage order. */
  RowLayout(List<ColumnDefinition> columns) {
    this.columns = List.copyOf(columns);
    this.positions = positions(this.columns);
  }

  /** The data columns, in storage order. */
  List<ColumnDefinition> columns() {
    return columns;
  }

  /** The number of values in a row. */
  int width() {
    return SYSTEM + columns.size();
  }

  /** The position of a column by name, or -1. */
  int indexOf(String name) {
    return positions.getOrDefault(name, -1);
  }

  /** The type of the value at a position. */
  ColumnType type(int index) {
    return switch (index) {
      case ID, VERSION -> ColumnType.STRING;
      case UPDATED_AT -> ColumnType.DATETIME;
      default -> columns.get(index - SYSTEM).type();
    };
  }

  /** The storage affinity of the value at a position. */
  Affinity affinity(int index) {
    return Affinity.of(type(index).sqliteType());
  }

  /** The data column at a position, or null for a system column. */
  ColumnDefinition column(int index) {
    return index < SYSTEM ? null : columns.get(index - SYSTEM);
  }

  private static Map<String, Integer> positions(List<ColumnDefinition> columns) {
    Map<String, Integer> positions = new HashMap<>();
    List<String> names = new ArrayList<>(List.of(SystemProperties.ID, SystemProperties.UPDATED_AT,
        SystemProperties.VERSION));
    columns.forEach(column -> names.add(column.name()));
    for (int i = 0; i < names.size(); i++) {
      positions.put(names.get(i), i);
    }
    return Map.copyOf(positions);
  }
}
