package dev.offsync.benchmarks.sync;

import dev.offsync.benchmarks.report.Machine;
import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.report.Row;
import dev.offsync.benchmarks.report.Row.Against;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code sync} command: the end-to-end benchmarks against the reference server in this process, over
 * loopback HTTP. Prints the table, writes the JSON results, and ends with the line {@code pull ratio R}
 * (Offsync's full-pull time over the limit's, medians of the same run).
 */
public final class SyncCommand {

  private SyncCommand() {}

  /**
   * Runs the benchmarks the options ask for.
   *
   * @param args the command's options (see {@link SyncOptions#parse})
   * @param before rows measured earlier in the same run (the micro-benchmarks of {@code all}), or null
   * @return the exit status
   */
  public static int run(List<String> args, Report before) throws Exception {
    SyncOptions options;
    try {
      options = SyncOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    String name = before == null ? "sync" : "all";
    Report report = new Report(name + (args.isEmpty() ? "" : " " + String.join(" ", args)));
    if (before != null) {
      report.addAll(before);
    }
    Double pullRatio = measure(options, report);
    Machine.peakRssMiB().ifPresent(rss -> report.fact("peak RSS (MiB)", rss));
    report.fact("max heap (MiB)", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    report.print(System.out);
    Path file = options.json() != null ? options.json() : Report.defaultFile(name);
    report.writeJson(file);
    System.out.println("results: " + file);
    System.out.println(pullRatio == null ? "pull ratio -" : String.format(Locale.ROOT, "pull ratio %.2f",
        pullRatio));
    return 0;
  }

  /** Runs the parts; returns the full pull's ratio to its limit, or null if the pull did not run. */
  static Double measure(SyncOptions options, Report report) throws Exception {
    if (options.warmupRecords() > 0) {
      progress("warm-up: " + options.warmupRecords() + " records");
      PullBench.run(options.warmupRecords(), 1, options.pageSize(), false);
      if (options.runs("push")) {
        int n = Math.min(options.pushRecords(), 2_000);
        PushBench.offsync(n, 4, options.pageSize());
        PushBench.limit(n, 4, options.pageSize());
      }
    }
    PullBench.Figures main = null;
    if (options.runs("pull")) {
      progress("pull: " + options.records() + " records, " + options.rounds() + " rounds");
      main = PullBench.run(options.records(), options.rounds(), options.pageSize(), options.runs("incremental"));
      addPull(report, main, options.runs("incremental"));
    }
    if (options.runs("push")) {
      for (int parallelism : new int[] {1, 4}) {
        progress("push: " + options.pushRecords() + " inserts, parallelism " + parallelism);
        addPush(report, options, parallelism);
      }
    }
    if (options.runs("scale")) {
      for (int size : options.scale()) {
        progress("scale: " + size + " records");
        PullBench.Figures figures = main != null && main.records() == size ? main
            : PullBench.run(size, 1, options.pageSize(), false);
        addScale(report, figures);
      }
    }
    return main == null ? null : main.offsync().median() / main.limit().median();
  }

  private static void addPull(Report report, PullBench.Figures figures, boolean incremental) {
    int n = figures.records();
    report.add(Row.of("full pull, " + n + " records", "s", figures.offsync().median(), null,
        figures.limit().median(), figures.offsync().ratioSpread(figures.limit()))
        .withTarget(Against.LIMIT, 1.5));
    report.fact("full pull records/s, Offsync", Math.round(n / figures.offsync().median()));
    report.fact("full pull records/s, limit", Math.round(n / figures.limit().median()));
    report.fact("full pull HTTP requests", figures.fullRequests());
    report.fact("full pull response bytes", figures.pageBytes());
    report.fact("full pull rounds (Offsync s)", figures.offsync().all());
    report.fact("full pull rounds (limit s)", figures.limit().all());
    // CPU seconds of the whole process (Offsync's include the in-process server's): less sensitive than wall
    // time to other programs on a shared machine.
    report.fact("full pull CPU s, Offsync client and server", round(figures.offsyncCpu().median()));
    report.fact("full pull CPU s, of which the server", round(figures.serverCpu().median()));
    report.fact("full pull CPU s, limit", round(figures.limitCpu().median()));
    if (incremental) {
      report.add(Row.of("incremental pull, nothing new, " + n + " records", "ms",
          1000 * figures.incremental().median(), null, 1000 * figures.rawGet().median(),
          figures.incremental().ratioSpread(figures.rawGet())));
      report.fact("incremental pull HTTP requests", figures.incrementalRequests());
    }
  }

  private static void addPush(Report report, SyncOptions options, int parallelism) throws Exception {
    Samples offsync = new Samples();
    Samples limit = new Samples();
    for (int round = 0; round < options.rounds(); round++) {
      if (round % 2 == 0) {
        limit.addSeconds(PushBench.limit(options.pushRecords(), parallelism, options.pageSize()));
      }
      offsync.addSeconds(PushBench.offsync(options.pushRecords(), parallelism, options.pageSize()));
      if (round % 2 == 1) {
        limit.addSeconds(PushBench.limit(options.pushRecords(), parallelism, options.pageSize()));
      }
    }
    Row row = Row.of("push " + options.pushRecords() + " inserts, parallelism " + parallelism, "s",
        offsync.median(), null, limit.median(), offsync.ratioSpread(limit));
    report.add(parallelism == 4 ? row.withTarget(Against.LIMIT, 1.5) : row);
  }

  private static void addScale(Report report, PullBench.Figures figures) {
    int n = figures.records();
    report.add(Row.of("pull cost per record, " + n + " records", "us", 1e6 * figures.offsync().median() / n, null,
        1e6 * figures.limit().median() / n, figures.offsync().ratioSpread(figures.limit())));
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  private static void progress(String step) {
    System.err.println("[sync] " + step);
  }
}
