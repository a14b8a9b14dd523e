package dev.offsync;

import dev.offsync.operations.OperationKind;
import dev.offsync.testing.Todo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reference model of local rows and the queue under the collapse rules, for items never sent: what the
 * store must hold after a series of local writes. Not thread-safe.
 */
final class QueueModel {

  final Map<String, Todo> rows = new LinkedHashMap<>();
  /** Pending operation kinds by item id, in queue order. */
  final Map<String, OperationKind> operations = new LinkedHashMap<>();

  void insert(Todo todo) {
    OperationKind pending = operations.get(todo.id());
    if (rows.containsKey(todo.id()) || (pending != null && pending != OperationKind.DELETE)) {
      throw new IllegalStateException("model: insert of existing " + todo.id());
    }
    rows.put(todo.id(), todo);
    if (pending == OperationKind.DELETE) {
      operations.put(todo.id(), OperationKind.UPDATE);
    } else {
      operations.put(todo.id(), OperationKind.INSERT);
    }
  }

  void update(Todo todo) {
    if (!rows.containsKey(todo.id())) {
      throw new IllegalStateException("model: update of missing " + todo.id());
    }
    rows.put(todo.id(), todo);
    operations.putIfAbsent(todo.id(), OperationKind.UPDATE);
  }

  void delete(String id) {
    if (rows.remove(id) == null) {
      throw new IllegalStateException("model: delete of missing " + id);
    }
    if (operations.get(id) == OperationKind.INSERT) {
      operations.remove(id);
    } else {
      operations.put(id, OperationKind.DELETE);
    }
  }
}
