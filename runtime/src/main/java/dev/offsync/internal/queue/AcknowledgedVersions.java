package dev.offsync.internal.queue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The versions this client's own pushes moved its rows through: when the service accepts a change, the row's
 * version becomes the service's new one, though its contents are still the ones the device wrote. An item read
 * just before that answer carries the older version; it is not a stale copy (nothing from another device came
 * in between), so {@link LocalWrites} accepts it when the chain of this client's own acknowledgements leads
 * from its version to the stored one. A version written by a pull, a resolution or another device never joins
 * a chain, so a copy older than such a change is still refused.
 *
 * <p>Kept in memory only, for the rows most recently acknowledged (an item object does not outlive the
 * process); thread-safe.
 */
public final class AcknowledgedVersions {

  /** Rows remembered; the oldest acknowledged are forgotten first. */
  static final int MAX_ROWS = 10_000;
  /** Acknowledgements remembered per row. */
  static final int MAX_STEPS = 16;

  private final Map<String, Deque<Step>> rows = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Deque<Step>> eldest) {
      return size() > MAX_ROWS;
    }
  };

  private record Step(String from, String to) {}

  /** Records that the service accepted this client's change of a row, moving its version {@code from -> to}. */
  public synchronized void acknowledged(String table, String id, String from, String to) {
    if (from == null || to == null || from.equals(to)) {
      return;
    }
    Deque<Step> steps = rows.computeIfAbsent(key(table, id), key -> new ArrayDeque<>());
    steps.addLast(new Step(from, to));
    if (steps.size() > MAX_STEPS) {
      steps.removeFirst();
    }
  }

  /** Whether {@code held} is {@code stored}, or led to it only through this client's own acknowledgements. */
  public synchronized boolean leadsTo(String table, String id, String held, String stored) {
    if (Objects.equals(held, stored)) {
      return true;
    }
    Deque<Step> steps = rows.get(key(table, id));
    if (steps == null) {
      return false;
    }
    String version = held;
    boolean moved = true;
    for (int hops = 0; moved && hops < MAX_STEPS; hops++) {
      moved = false;
      for (Step step : steps) {
        if (step.from().equals(version)) {
          version = step.to();
          moved = true;
          break;
        }
      }
      if (version.equals(stored)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String table, String id) {
    return table + '\u0000' + id;
  }
}
