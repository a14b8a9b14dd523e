package dev.offsync.testing.internal.memory;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One table's rows in memory, by id in code-point order, with the layout and schema hash they were written
 * with. A published table is never changed: a write transaction changes its own copy ({@link #copy()}).
 *
 * @param layout the row layout of the rows
 * @param schemaHash the schema hash of the definition the table was last opened with
 * @param rows the rows by id; each row an array in {@code layout}, never changed once stored
 */
record MemoryTable(RowLayout layout, String schemaHash, NavigableMap<String, Object[]> rows) {

  /** An empty table. */
  static MemoryTable empty(RowLayout layout, String schemaHash) {
    return new MemoryTable(layout, schemaHash, new TreeMap<>(SqliteValues::compareText));
  }

  /** A copy whose rows map may be changed without touching this one. */
  MemoryTable copy() {
    TreeMap<String, Object[]> copied = new TreeMap<>(SqliteValues::compareText);
    copied.putAll(rows);
    return new MemoryTable(layout, schemaHash, copied);
  }

  /** The rows, read-only. */
  NavigableMap<String, Object[]> view() {
    return Collections.unmodifiableNavigableMap(rows);
  }
}
