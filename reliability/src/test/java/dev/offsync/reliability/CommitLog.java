package dev.offsync.reliability;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Operation;
import dev.offsync.server.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every write the reference server committed, recorded by its after-commit hook: which table, item and token,
 * so a scenario can tell whether a write reached the service once, twice or never. Thread-safe.
 */
final class CommitLog implements AccessPolicy {

  /**
   * One committed write.
   *
   * @param table the table
   * @param operation create, update (a soft delete too) or delete
   * @param id the item id
   * @param token the item's {@code text} or {@code name} after the write
   * @param deleted whether the write marked the item deleted
   */
  record Commit(String table, Operation operation, String id, String token, boolean deleted) {

    /** Whether the write removed the item (a delete, or a soft delete). */
    boolean removes() {
      return operation == Operation.DELETE || deleted;
    }
  }

  private final List<Commit> commits = new ArrayList<>();

  @Override
  public void afterCommit(User user, String table, Operation operation, Map<String, Object> item) {
    Object token = item.containsKey("text") ? item.get("text") : item.get("name");
    Commit commit = new Commit(table, operation, (String) item.get("id"), (String) token,
        Boolean.TRUE.equals(item.get("deleted")));
    synchronized (this) {
      commits.add(commit);
    }
  }

  /** The commits so far, in commit order. */
  synchronized List<Commit> commits() {
    return List.copyOf(commits);
  }

  /** The number of commits so far. */
  synchronized int size() {
    return commits.size();
  }

  /**
   * The writes committed more than once: a token written twice to one item, or one item removed twice.
   * Each entry describes one duplicate.
   */
  static List<String> duplicates(List<Commit> commits) {
    Map<String, Integer> seen = new HashMap<>();
    for (Commit commit : commits) {
      String key = commit.table() + "/" + commit.id() + (commit.removes() ? " removed" : " = " + commit.token());
      seen.merge(key, 1, Integer::sum);
    }
    List<String> duplicates = new ArrayList<>();
    seen.forEach((key, count) -> {
      if (count > 1) {
        duplicates.add(key + " committed " + count + " times");
      }
    });
    return duplicates;
  }
}
