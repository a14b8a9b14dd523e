package dev.offsync.benchmarks.coldstart;

import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.report.Row;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The {@code coldstart} command: the first {@code SyncClient} of a process, each sample in a fresh JVM. Offsync's
 * first {@code build()} (a new store file, the benchmark table, an endpoint) and its first insert and query,
 * beside the floor: a sqlite-jdbc connection on a new file given the same schema, row and query with raw JDBC,
 * which is what SQLite itself costs. The contenders take turns, in a rotating order. A third child takes
 * Offsync's own time apart (see {@link ColdStartChild}); the first two run again with the driver's native
 * library extracted ahead ({@link NativeLibrary}), which is what an application can do about the driver's
 * share. Reports medians, the ratio to the floor against its target, and the breakdown as facts.
 */
public final class ColdStartCommand {

  /**
   * Offsync's first build() at most this many times the floor's. The floor is mostly the driver's native
   * library; see docs/benchmarks.md, "Cold start", for why the target is a ratio and this one.
   */
  static final double TARGET_RATIO = 1.5;

  /** One kind of child. */
  enum Contender {
    OFFSYNC("offsync", false), FLOOR("floor", false), PHASES("phases", false), OFFSYNC_WARM("offsync", true),
    FLOOR_WARM("floor", true);

    final String mode;
    final boolean preExtracted;

    Contender(String mode, boolean preExtracted) {
      this.mode = mode;
      this.preExtracted = preExtracted;
    }
  }

  private static final ToDoubleFunction<ChildRun> BUILD = run -> run.millis("build");

  private final Map<Contender, List<ChildRun>> runs = new EnumMap<>(Contender.class);

  private ColdStartCommand() {}

  /** Runs the command with its options; returns the exit status. */
  public static int run(List<String> args) throws Exception {
    ColdStartOptions options;
    try {
      options = ColdStartOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    Report report = measure(options, System.out, "coldstart" + (args.isEmpty() ? "" : " " + String.join(" ", args)));
    report.print(System.out);
    Path file = options.json() != null ? options.json() : Report.defaultFile("coldstart");
    report.writeJson(file);
    System.out.println("results: " + file);
    return 0;
  }

  /** Runs every sample and returns the report; progress goes to {@code out}. */
  static Report measure(ColdStartOptions options, PrintStream out, String command) throws Exception {
    String loadBefore = loadAverage();
    ColdStartCommand run = new ColdStartCommand();
    Path folder = StoreFiles.newFolder();
    try {
      Optional<List<String>> preExtracted = NativeLibrary.extract(folder.resolve("native"));
      List<Contender> contenders = new ArrayList<>(List.of(Contender.values()));
      if (preExtracted.isEmpty()) {
        out.println("coldstart: sqlite-jdbc has no native library for this platform in its jar; pre-extracted runs"
            + " skipped");
        contenders.removeIf(c -> c.preExtracted);
      }
      for (int sample = 0; sample < options.samples(); sample++) {
        Collections.rotate(contenders, 1);
        for (Contender contender : contenders) {
          run.sample(folder.resolve(sample + "-" + contender.name()), contender,
              contender.preExtracted ? preExtracted.orElseThrow() : List.of());
        }
        out.println("coldstart: sample " + (sample + 1) + " of " + options.samples());
      }
    } finally {
      StoreFiles.delete(folder);
    }
    return run.report(command, loadBefore, loadAverage());
  }

  private void sample(Path folder, Contender contender, List<String> jvmOptions)
      throws IOException, InterruptedException {
    Files.createDirectories(folder);
    ChildRun child = ChildRun.run(folder, jvmOptions, contender.mode, folder.resolve("a.db").toString(),
        folder.resolve("b.db").toString());
    runs.computeIfAbsent(contender, c -> new ArrayList<>()).add(child);
  }

  private Report report(String command, String loadBefore, String loadAfter) {
    Report report = new Report(command);
    double build = median(Contender.OFFSYNC, BUILD);
    double floor = median(Contender.FLOOR, BUILD);
    report.add(row("cold start: first build(), new store, fresh JVM", Contender.OFFSYNC, Contender.FLOOR, BUILD)
        .withTarget(Row.Against.LIMIT, TARGET_RATIO, "<= " + TARGET_RATIO + "x floor"));
    report.add(row("cold start: first insert + query after build()", Contender.OFFSYNC, Contender.FLOOR,
        run -> run.millis("insertQuery")));
    // Jackson is first loaded in build() by Offsync, at the insert by the floor: the sum compares like with like.
    report.add(row("cold start: first build() + first insert + query", Contender.OFFSYNC, Contender.FLOOR,
        run -> run.millis("build") + run.millis("insertQuery")));
    report.fact("cold start samples (fresh JVMs per contender)", runs.get(Contender.OFFSYNC).size());
    report.fact("cold start Offsync's own time: first build() minus floor (ms)", round(build - floor));
    if (runs.containsKey(Contender.OFFSYNC_WARM)) {
      double warm = median(Contender.OFFSYNC_WARM, BUILD);
      double warmFloor = median(Contender.FLOOR_WARM, BUILD);
      report.add(row("cold start: first build(), native library pre-extracted", Contender.OFFSYNC_WARM,
          Contender.FLOOR_WARM, BUILD));
      report.fact("cold start Offsync's own time, native library pre-extracted (ms)", round(warm - warmFloor));
    }
    breakdown(report);
    report.fact("cold start JVM start to main (ms)", round(runs.values().stream().flatMap(List::stream)
        .mapToDouble(ChildRun::jvmToMainMillis).sorted().toArray()));
    report.fact("cold start JDK HTTP client threads after build()", (long) median(Contender.OFFSYNC,
        run -> run.phases().get("buildHttpClientThreads")));
    report.fact("load average before", loadBefore);
    report.fact("load average after", loadAfter);
    return report;
  }

  /** Offsync's first build() taken apart: each part timed on its own ahead of build(), medians. */
  private void breakdown(Report report) {
    Map<String, String> parts = Map.of(
        "definitions", "generated definitions (class loading)",
        "sqliteDriver", "sqlite-jdbc driver and native library",
        "jackson", "Jackson JsonFactory",
        "httpClient", "java.net.http client, made at the first push or pull (after the rest)",
        "buildRest", "rest of first build(): Offsync's classes, lock, store and schema",
        "secondBuild", "second build() on a new file (store and schema alone)",
        "insertQuery", "first insert + query",
        "secondInsertQuery", "second insert + query");
    for (String phase : runs.get(Contender.PHASES).get(0).phases().keySet()) {
      if (phase.endsWith("HttpClientThreads")) {
        continue;
      }
      report.fact("cold start breakdown, " + parts.getOrDefault(phase, phase) + " (ms)",
          round(median(Contender.PHASES, run -> run.millis(phase))));
    }
  }

  private Row row(String benchmark, Contender ours, Contender limit, ToDoubleFunction<ChildRun> figure) {
    return Row.of(benchmark, "ms", median(ours, figure), null, median(limit, figure),
        ratioSpread(ours, limit, figure));
  }

  private double median(Contender contender, ToDoubleFunction<ChildRun> figure) {
    return round(runs.get(contender).stream().mapToDouble(figure).sorted().toArray());
  }

  /** The median of sorted values, to 0.1. */
  private static double round(double[] sorted) {
    int middle = sorted.length / 2;
    return round(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** The ratio's range over the samples, paired sample by sample. */
  private String ratioSpread(Contender ours, Contender limit, ToDoubleFunction<ChildRun> figure) {
    List<ChildRun> a = runs.get(ours);
    List<ChildRun> b = runs.get(limit);
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      double ratio = figure.applyAsDouble(a.get(i)) / figure.applyAsDouble(b.get(i));
      min = Math.min(min, ratio);
      max = Math.max(max, ratio);
    }
    return String.format(Locale.ROOT, "%.2f-%.2fx", min, max);
  }

  /** The system's load averages (1, 5, 15 minutes), where it says them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
