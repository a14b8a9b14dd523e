package dev.offsync.benchmarks.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Deterministic benchmark data: item {@code i} is always the same, so every run and every contender works on
 * equal rows.
 */
public final class Items {

  /** How many distinct {@link Item#category()} values there are. */
  public static final int CATEGORIES = 50;
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00.000Z");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private Items() {}

  /** Item {@code i} as a client creates it: no {@code updatedAt}, no {@code version}. */
  public static Item local(int i) {
    return new Item(id(i), "Item number " + i, "A description of item " + i + " that is a little longer, as"
        + " descriptions are", i % 3 == 0, i % 5, 1_000_000L + i, 9.99 + (i % 100), category(i),
        FIRST_DAY.plusDays(i % 365), null, null);
  }

  /** Item {@code i} as the service stores it: with {@code updatedAt} (some shared) and a {@code version}. */
  public static Item stored(int i) {
    Item item = local(i);
    return new Item(item.id(), item.title(), item.description(), item.complete(), item.priority(),
        item.quantity(), item.price(), item.category(), item.dueDate(), updatedAt(i), version(i));
  }

  /** Items {@code 0 .. count - 1} as the service stores them. */
  public static List<Item> stored(int first, int count) {
    List<Item> items = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      items.add(stored(i));
    }
    return items;
  }

  /** Items {@code first .. first + count - 1} as a client creates them. */
  public static List<Item> local(int first, int count) {
    List<Item> items = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      items.add(local(i));
    }
    return items;
  }

  /** A 32-character id, in the order of {@code i}. */
  public static String id(int i) {
    return String.format(Locale.ROOT, "item%028d", i);
  }

  /** The category of item {@code i}: {@code c0} .. {@code c49}. */
  public static String category(int i) {
    return "c" + (i % CATEGORIES);
  }

  /** Three items share each millisecond, so pages end inside a millisecond as in real data. */
  public static Instant updatedAt(int i) {
    return EPOCH.plusMillis(i / 3);
  }

  /** A 24-character base64 version, as the service makes them. */
  public static String version(int i) {
    return String.format(Locale.ROOT, "AAAAAAAA%014d==", i);
  }
}
