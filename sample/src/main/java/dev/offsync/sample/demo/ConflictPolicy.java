package dev.offsync.sample.demo;

import dev.offsync.conflict.Conflict;
import dev.offsync.conflict.ConflictResolver;
import dev.offsync.conflict.Resolution;
import dev.offsync.sample.model.Priority;
import dev.offsync.sample.model.TodoItem;
import java.time.LocalDate;

/** How the demo's devices settle a push conflict on a todo item; chosen with {@code demo --policy}. */
enum ConflictPolicy {

  /** A field-by-field merge that keeps both devices' intent. */
  MERGE("merge: done wins, the higher priority wins, the earlier due date wins, the title is the service's") {
    @Override
    Resolution<TodoItem> resolve(Conflict<TodoItem> conflict) {
      TodoItem mine = conflict.clientItem();
      TodoItem theirs = conflict.serverItem();
      if (mine == null || theirs == null) {
        return Resolution.clientWins();
      }
      return Resolution.merged(theirs
          .withComplete(mine.complete() || theirs.complete())
          .withPriority(higher(mine.priority(), theirs.priority()))
          .withDueDate(earlier(mine.dueDate(), theirs.dueDate()))
          .withNote(mine.note()));
    }
  },
  /** The pushing device's change replaces the service's copy (last writer wins). */
  CLIENT_WINS("client wins: the pushing device's copy replaces the service's") {
    @Override
    Resolution<TodoItem> resolve(Conflict<TodoItem> conflict) {
      return Resolution.clientWins();
    }
  },
  /** The service's copy stays and the pushing device's change is dropped (first writer wins). */
  SERVER_WINS("server wins: the service's copy stays, the pushing device's change is dropped") {
    @Override
    Resolution<TodoItem> resolve(Conflict<TodoItem> conflict) {
      return Resolution.serverWins();
    }
  };

  private final String description;

  ConflictPolicy(String description) {
    this.description = description;
  }

  /** What the policy does, in one line. */
  String description() {
    return description;
  }

  abstract Resolution<TodoItem> resolve(Conflict<TodoItem> conflict);

  /** The policy as a resolver. */
  ConflictResolver<TodoItem> resolver() {
    return this::resolve;
  }

  private static Priority higher(Priority a, Priority b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }
}
