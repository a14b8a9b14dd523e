package dev.offsync.internal.store.sqlite;

import dev.offsync.schema.ColumnDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between the columns a table was created with and the columns its definition has now.
 *
 * @param added columns that are new
 * @param removed columns that are gone
 * @param retyped columns whose type or nullability changed, as (old, new) pairs
 */
record MigrationPlan(List<ColumnDefinition> added, List<ColumnDefinition> removed, List<Retyped> retyped) {

  /**
   * A column whose storage changed.
   *
   * @param from the column as recorded
   * @param to the column as now defined
   */
  record Retyped(ColumnDefinition from, ColumnDefinition to) {}

  MigrationPlan {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    retyped = List.copyOf(retyped);
  }

  /** The plan from the recorded columns to the defined ones, matched by name. */
  static MigrationPlan between(List<ColumnDefinition> recorded, List<ColumnDefinition> defined) {
    Map<String, ColumnDefinition> old = new LinkedHashMap<>();
    recorded.forEach(column -> old.put(column.name(), column));
    List<ColumnDefinition> added = new ArrayList<>();
    List<Retyped> retyped = new ArrayList<>();
    for (ColumnDefinition column : defined) {
      ColumnDefinition before = old.remove(column.name());
      if (before == null) {
        added.add(column);
      } else if (before.type() != column.type() || before.nullable() != column.nullable()) {
        retyped.add(new Retyped(before, column));
      }
    }
    return new MigrationPlan(added, new ArrayList<>(old.values()), retyped);
  }

  /** Whether only columns were added, which SQLite does in place without copying the table. */
  boolean inPlace() {
    return removed.isEmpty() && retyped.isEmpty();
  }

  /** Whether the table's columns are unchanged (only indexes or local-only flags may differ). */
  boolean columnsUnchanged() {
    return inPlace() && added.isEmpty();
  }
}
