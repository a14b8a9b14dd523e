package dev.offsync.query.internal;

import dev.offsync.query.ColumnRef;
import dev.offsync.schema.ColumnType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** A table's columns for the parser: names matched ignoring case and resolved to the table's spelling. */
public final class Columns {

  private static final int LISTED = 20;

  private final Map<String, ColumnRef> byLowerName;
  private final String description;

  /**
   * The columns of this name-to-type map.
   *
   * @throws IllegalArgumentException if two names differ only in case
   */
  public Columns(Map<String, ColumnType> columns) {
    byLowerName = new HashMap<>(columns.size() * 2);
    TreeSet<String> names = new TreeSet<>();
    columns.forEach((name, type) -> {
      ColumnRef column = new ColumnRef(name, type);
      ColumnRef previous = byLowerName.put(name.toLowerCase(Locale.ROOT), column);
      if (previous != null) {
        throw new IllegalArgumentException("Column names '" + previous.name() + "' and '" + name
            + "' differ only in case; OData names are matched ignoring case");
      }
      names.add(name);
    });
    description = describe(names);
  }

  private static String describe(TreeSet<String> names) {
    StringBuilder text = new StringBuilder();
    int count = 0;
    for (String name : names) {
      if (count++ == LISTED) {
        return text.append(", ... (").append(names.size()).append(" in all)").toString();
      }
      text.append(text.length() == 0 ? "" : ", ").append(name);
    }
    return text.length() == 0 ? "(none)" : text.toString();
  }

  /** The column with this name, ignoring case, or null. */
  public ColumnRef find(String name) {
    return byLowerName.get(name.toLowerCase(Locale.ROOT));
  }

  /** The column names for messages, sorted, cut after a few. */
  public String describe() {
    return description;
  }
}
