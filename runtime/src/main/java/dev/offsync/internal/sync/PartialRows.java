package dev.offsync.internal.sync;

import dev.offsync.internal.store.PartialItems;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pulled items that lacked synchronized columns, merged with the local rows: each keeps the local value of
 * a column the service's answer did not contain (a new row keeps the column's default), and one warning per
 * pull names the table and the columns, never values. One per pull.
 */
final class PartialRows {

  private static final Logger log = LoggerFactory.getLogger(PartialRows.class);

  private final SyncContext context;
  private final Set<String> warned = new HashSet<>();

  PartialRows(SyncContext context) {
    this.context = context;
  }

  /**
   * The page's items, those named in {@code partial} (id to missing columns) merged with their local rows. A
   * deleted item needs no columns and is left as it is.
   */
  <T> List<Decoded<T>> withLocalValues(TableDefinition<T> table, List<Decoded<T>> items,
      Map<String, List<String>> partial) {
    warn(table, partial);
    return context.store().read(transaction -> {
      List<Decoded<T>> merged = new ArrayList<>(items.size());
      for (Decoded<T> item : items) {
        List<String> missing = partial.get(item.system().id());
        Optional<Decoded<T>> local = missing == null || item.system().deleted() ? Optional.empty()
            : transaction.find(table, item.system().id());
        merged.add(local.map(row -> PartialItems.withLocalValues(table, item, row.entity(), missing)).orElse(item));
      }
      return merged;
    });
  }

  private void warn(TableDefinition<?> table, Map<String, List<String>> partial) {
    Set<String> columns = new java.util.TreeSet<>();
    partial.values().forEach(columns::addAll);
    if (warned.addAll(columns)) {
      log.warn("The service's answer for table '{}' lacks the column(s) {} in {} item(s) of a page; the local"
          + " values are kept (does the service have these columns?)", table.tableName(), columns, partial.size());
    }
  }
}
