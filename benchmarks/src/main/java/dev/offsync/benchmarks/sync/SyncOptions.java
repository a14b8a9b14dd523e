package dev.offsync.benchmarks.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options of the {@code sync} command.
 *
 * @param records the table size of the pull benchmarks (default 100 000, up to 1 000 000)
 * @param pushRecords the pending inserts of the push benchmark (default 10 000)
 * @param rounds how many times each contender runs; the median counts, the spread is reported
 * @param pageSize the server's page size (default 100, the server's and the Datasync default)
 * @param scale the table sizes of the scale benchmark (per-record pull cost; default 10 000, 100 000 and
 *     1 000 000), empty for none
 * @param parts which benchmarks run: {@code pull}, {@code incremental}, {@code push}, {@code scale}
 * @param json the results file, or null for the default
 * @param warmupRecords the table size of the untimed warm-up pulls (and whether the push warms up), 0 for none
 * @param warmupRounds how many untimed warm-up pulls each forked pull JVM runs before its timed one (default 3)
 * @param delays the round trips (ms) of the push benchmark through a delay proxy (default 10 and 50), empty
 *     for none
 * @param delayPushRecords the pending inserts of each push through the delay proxy (default 320)
 */
public record SyncOptions(int records, int pushRecords, int rounds, int pageSize, List<Integer> scale,
    Set<String> parts, Path json, int warmupRecords, int warmupRounds, List<Integer> delays, int delayPushRecords) {

  /** All parts. */
  public static final Set<String> ALL_PARTS = Set.of("pull", "incremental", "push", "scale");

  /** Checks the values. */
  public SyncOptions {
    positive(records, "--records");
    positive(pushRecords, "--push-records");
    positive(rounds, "--rounds");
    positive(pageSize, "--page-size");
    scale = List.copyOf(scale);
    scale.forEach(size -> positive(size, "--scale"));
    delays = List.copyOf(delays);
    delays.forEach(delay -> positive(delay, "--delays"));
    positive(delayPushRecords, "--delay-push-records");
    positive(warmupRounds, "--warmup-rounds");
    parts = Set.copyOf(parts);
    if (!ALL_PARTS.containsAll(parts)) {
      throw new IllegalArgumentException("--only takes parts among " + ALL_PARTS + ", got " + parts);
    }
    if (parts.contains("incremental") && !parts.contains("pull")) {
      throw new IllegalArgumentException("--only incremental needs pull too: it pulls again after a full pull");
    }
  }

  /** Parses the command line; unknown options are an error that lists the known ones. */
  public static SyncOptions parse(List<String> args) {
    int records = 100_000;
    int pushRecords = 10_000;
    int rounds = 3;
    int pageSize = 100;
    List<Integer> scale = null;
    Set<String> parts = ALL_PARTS;
    Path json = null;
    Integer warmup = null;
    int warmupRounds = 3;
    List<Integer> delays = List.of(10, 50);
    int delayPushRecords = 320;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      String value = i + 1 < args.size() ? args.get(i + 1) : null;
      switch (option) {
        case "--records" -> records = integer(option, value);
        case "--push-records" -> pushRecords = integer(option, value);
        case "--rounds" -> rounds = integer(option, value);
        case "--page-size" -> pageSize = integer(option, value);
        case "--scale" -> scale = integers(option, value);
        case "--only" -> parts = Set.of(required(option, value).split(","));
        case "--json" -> json = Path.of(required(option, value));
        case "--warmup-records" -> warmup = integer(option, value);
        case "--warmup-rounds" -> warmupRounds = integer(option, value);
        case "--delays" -> delays = required(option, value).equals("none") ? List.of() : integers(option, value);
        case "--delay-push-records" -> delayPushRecords = integer(option, value);
        default -> throw new IllegalArgumentException("Unknown option '" + option + "'. Options: --records N,"
            + " --push-records N, --rounds N, --page-size N, --scale N,N,..., --only pull,incremental,push,scale,"
            + " --json FILE, --warmup-records N, --warmup-rounds N, --delays MS,MS,...|none, --delay-push-records N");
      }
      i++;
    }
    List<Integer> sizes = scale != null ? scale : defaultScale(records);
    int warmupRecords = warmup != null ? warmup : Math.min(records, 20_000);
    return new SyncOptions(records, pushRecords, rounds, pageSize, sizes, parts, json, warmupRecords, warmupRounds, delays,
        delayPushRecords);
  }

  /** Whether this part runs. */
  public boolean runs(String part) {
    return parts.contains(part);
  }

  /** 10 000, 100 000 and 1 000 000 records (the sizes the pull's targets name), and {@code records} if other. */
  private static List<Integer> defaultScale(int records) {
    List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000, 1_000_000));
    if (!sizes.contains(records)) {
      sizes.add(records);
      sizes.sort(null);
    }
    return sizes;
  }

  private static void positive(int value, String option) {
    if (value <= 0) {
      throw new IllegalArgumentException(option + " must be positive, got " + value);
    }
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(required(option, value).replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
    }
  }

  private static List<Integer> integers(String option, String value) {
    List<Integer> sizes = new ArrayList<>();
    for (String part : required(option, value).split(",")) {
      sizes.add(integer(option, part));
    }
    return sizes;
  }
}
