package dev.offsync;

import dev.offsync.internal.store.ItemJson;
import dev.offsync.operations.OperationKind;
import dev.offsync.schema.Decoded;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.RowQuery;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks, in one read transaction, that rows and queue agree for a table written only locally: every row
 * has an insert or update carrying exactly its JSON, every delete has no row, and nothing else.
 */
final class Audit {

  private Audit() {}

  /** The disagreements found; empty when rows and queue agree. */
  static List<String> problems(ReadTransaction transaction) {
    Map<String, Todo> rows = rows(transaction);
    List<String> problems = new ArrayList<>();
    Map<String, QueuedOperation> operations = new LinkedHashMap<>();
    for (QueuedOperation operation : transaction.operations(OperationFilter.table("todoitems"))) {
      operations.put(operation.itemId(), operation);
      Todo row = rows.get(operation.itemId());
      if (operation.kind() == OperationKind.DELETE) {
        if (row != null) {
          problems.add("row " + operation.itemId() + " exists but is queued for delete");
        }
      } else if (row == null) {
        problems.add(operation.kind() + " of " + operation.itemId() + " has no row");
      } else if (!ItemJson.write(TodoTable.DEFINITION, row).equals(operation.item())) {
        problems.add(operation.kind() + " of " + operation.itemId() + " carries " + operation.item()
            + " but the row is " + ItemJson.write(TodoTable.DEFINITION, row));
      }
    }
    rows.keySet().stream().filter(id -> !operations.containsKey(id))
        .forEach(id -> problems.add("row " + id + " has no operation"));
    return problems;
  }

  /** Every row of the table by id. */
  static Map<String, Todo> rows(ReadTransaction transaction) {
    Map<String, Todo> rows = new LinkedHashMap<>();
    try (Stream<Decoded<Todo>> all = transaction.query(TodoTable.DEFINITION, RowQuery.all())) {
      all.forEach(row -> rows.put(row.entity().id(), row.entity()));
    }
    return rows;
  }
}
