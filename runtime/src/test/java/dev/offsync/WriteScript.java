package dev.offsync;

import dev.offsync.testing.Todo;
import java.util.Random;

/**
 * A deterministic series of legal local writes over a small set of ids: the same seed gives the same
 * writes, so a test can replay in memory what a killed process wrote.
 */
final class WriteScript {

  private static final int IDS = 30;

  private final Random random;
  private final QueueModel model = new QueueModel();
  private int steps;

  WriteScript(long seed) {
    this.random = new Random(seed);
  }

  /** The model after the writes so far. */
  QueueModel model() {
    return model;
  }

  /** Performs the next write on {@code todos} (when not null) and on the model. */
  void next(OfflineTable<Todo> todos) {
    steps++;
    String id = "item-" + random.nextInt(IDS);
    Todo todo = new Todo(id, "step " + steps, random.nextBoolean(), random.nextInt(100), "note " + steps, null,
        null);
    if (!model.rows.containsKey(id)) {
      if (todos != null) {
        todos.insert(todo);
      }
      model.insert(todo);
    } else if (random.nextInt(3) > 0) {
      if (todos != null) {
        todos.update(todo);
      }
      model.update(todo);
    } else {
      if (todos != null) {
        todos.delete(id);
      }
      model.delete(id);
    }
  }

  /** The model after the first {@code count} writes of the script with this seed. */
  static QueueModel after(long seed, int count) {
    WriteScript script = new WriteScript(seed);
    for (int i = 0; i < count; i++) {
      script.next(null);
    }
    return script.model();
  }
}
