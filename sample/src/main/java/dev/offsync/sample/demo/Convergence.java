package dev.offsync.sample.demo;

import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItemTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the snapshots of both devices and the service, item by item.
 *
 * @param sides the snapshots compared, the first being the reference for counts
 * @param differences one line per item that differs between sides, naming the table, id and each side's copy
 */
record Convergence(List<Snapshot> sides, List<String> differences) {

  private static final int SHOWN = 5;

  /** Copies the lists. */
  Convergence {
    sides = List.copyOf(sides);
    differences = List.copyOf(differences);
  }

  /** Compares these snapshots. */
  static Convergence of(Snapshot... sides) {
    List<String> differences = new ArrayList<>();
    for (String table : List.of(TodoItemTable.DEFINITION.tableName(), TagTable.DEFINITION.tableName())) {
      SortedSet<String> ids = new TreeSet<>();
      for (Snapshot side : sides) {
        ids.addAll(side.table(table).keySet());
      }
      for (String id : ids) {
        difference(table, id, sides).ifPresent(differences::add);
      }
    }
    return new Convergence(List.of(sides), differences);
  }

  private static java.util.Optional<String> difference(String table, String id, Snapshot[] sides) {
    String first = sides[0].table(table).get(id);
    boolean same = true;
    StringBuilder line = new StringBuilder(table + " " + id + ":");
    for (Snapshot side : sides) {
      String text = side.table(table).get(id);
      same &= Objects.equals(first, text);
      line.append(' ').append(side.side()).append(" has ").append(text == null ? "nothing" : "{" + text + "}")
          .append(';');
    }
    return same ? java.util.Optional.empty() : java.util.Optional.of(line.substring(0, line.length() - 1));
  }

  /** Whether every side holds exactly the same items. */
  boolean converged() {
    return differences.isEmpty();
  }

  /** The first differences, and how many more there are. */
  List<String> shownDifferences() {
    List<String> shown = new ArrayList<>(differences.subList(0, Math.min(SHOWN, differences.size())));
    if (differences.size() > SHOWN) {
      shown.add("... and " + (differences.size() - SHOWN) + " more");
    }
    return shown;
  }

  /**
   * The verdict: {@code converged: device A = device B = service (N items)}, or which counts and how many items
   * differ.
   */
  String verdict() {
    List<String> names = sides.stream().map(Snapshot::side).toList();
    if (converged()) {
      int items = sides.get(0).todos().size();
      return "converged: " + String.join(" = ", names) + " (" + items + (items == 1 ? " item)" : " items)");
    }
    List<String> counts = sides.stream()
        .map(side -> side.side() + " " + side.todos().size() + " items/" + side.tags().size() + " tags")
        .toList();
    return "NOT converged: " + differences.size() + " item" + (differences.size() == 1 ? "" : "s")
        + " differ (" + String.join(", ", counts) + ")";
  }
}
