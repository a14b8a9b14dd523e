package dev.offsync.sample.demo;

import dev.offsync.conflict.Conflict;
import dev.offsync.conflict.ConflictResolver;
import dev.offsync.conflict.Resolution;
import dev.offsync.sample.model.TodoItem;
import java.util.ArrayList;
import java.util.List;

/** A policy that also remembers each conflict it settled and its outcome, so the demo can show them. */
final class RecordingResolver implements ConflictResolver<TodoItem> {

  /**
   * One settled conflict.
   *
   * @param mine the pushing device's copy
   * @param theirs the service's copy
   * @param result the copy the policy chose or built
   */
  record Settled(TodoItem mine, TodoItem theirs, TodoItem result) {}

  private final ConflictPolicy policy;
  /** Written on the pushing thread, read by the demo after the push returned. */
  private final List<Settled> settled = new ArrayList<>();

  RecordingResolver(ConflictPolicy policy) {
    this.policy = policy;
  }

  @Override
  public synchronized Resolution<TodoItem> resolve(Conflict<TodoItem> conflict) {
    Resolution<TodoItem> resolution = policy.resolve(conflict);
    TodoItem result = resolution instanceof Resolution.Merged<TodoItem> merged ? merged.item()
        : resolution instanceof Resolution.ServerWins<TodoItem> ? conflict.serverItem()
        : conflict.clientItem();
    settled.add(new Settled(conflict.clientItem(), conflict.serverItem(), result));
    return resolution;
  }

  /** The conflicts settled so far, oldest first. */
  synchronized List<Settled> settled() {
    return List.copyOf(settled);
  }
}
