package dev.offsync.benchmarks.sync;

import dev.offsync.benchmarks.report.Machine;
import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.report.Row;
import dev.offsync.benchmarks.report.Row.Against;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The {@code sync} command: the end-to-end benchmarks against the reference server in this process, over
 * loopback HTTP. Prints the table, writes the JSON results, and ends with the lines
 * {@code pull client cpu ratio R} (the client's CPU seconds over the limit's) and {@code pull ratio R}
 * (Offsync's full-pull wall time over the limit's), medians of the same run.
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
    PullBench.Figures pull = measure(options, report);
    Machine.peakRssMiB().ifPresent(rss -> report.fact("peak RSS (MiB), this JVM (the server, the push)", rss));
    report.fact("max heap (MiB)", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    report.print(System.out);
    Path file = options.json() != null ? options.json() : Report.defaultFile(name);
    report.writeJson(file);
    System.out.println("results: " + file);
    System.out.println(pull == null ? "pull client cpu ratio -" : String.format(Locale.ROOT,
        "pull client cpu ratio %.2f", pull.offsyncClientCpu().median() / pull.limitClientCpu().median()));
    System.out.println(pull == null ? "pull ratio -" : String.format(Locale.ROOT, "pull ratio %.2f",
        pull.offsync().median() / pull.limit().median()));
    return 0;
  }

  /** Runs the parts; returns the full pull's figures, or null if the pull did not run. */
  static PullBench.Figures measure(SyncOptions options, Report report) throws Exception {
    // The pulls warm up in their own JVMs (PullBench); the push runs in this one.
    if (options.warmupRecords() > 0) {
      if (options.runs("push")) {
        progress("push warm-up");
        int n = Math.min(options.pushRecords(), 2_000);
        PushBench.offsync(n, 4, options.pageSize());
        PushBench.limit(n, 4, options.pageSize());
        for (int delay : options.delays()) {
          PushBench.offsync(32, 16, options.pageSize(), Duration.ofMillis(delay));
          PushBench.limit(32, 16, options.pageSize(), Duration.ofMillis(delay));
        }
      }
    }
    PullBench.Figures main = null;
    if (options.runs("pull")) {
      progress("pull: " + options.records() + " records, " + options.rounds() + " rounds");
      main = PullBench.run(options.records(), options.rounds(), options.pageSize(), options.runs("incremental"),
          options.warmupRecords(), options.warmupRounds());
      addPull(report, main, options.runs("incremental"));
    }
    if (options.runs("push")) {
      for (int parallelism : new int[] {1, 4}) {
        progress("push: " + options.pushRecords() + " inserts, parallelism " + parallelism);
        addPush(report, options, parallelism);
      }
      for (int delay : options.delays()) {
        addDelayedPush(report, options, delay);
      }
    }
    if (options.runs("scale")) {
      PullBench.Figures reference = null;
      PullBench.Figures largest = null;
      for (int size : options.scale()) {
        progress("scale: " + size + " records");
        PullBench.Figures figures = main != null && main.records() == size ? main
            : PullBench.run(size, 1, options.pageSize(), false, options.warmupRecords(), options.warmupRounds());
        addScale(report, figures);
        // Flatness is judged from the main size up (below it, the first request's count weighs in).
        reference = reference == null || size == options.records() ? figures : reference;
        largest = figures;
      }
      if (largest != reference) {
        addFlatness(report, reference, largest);
      }
    }
    return main;
  }

  private static void addPull(Report report, PullBench.Figures figures, boolean incremental) {
    int n = figures.records();
    report.add(Row.of("full pull, " + n + " records", "s", figures.offsync().median(), null,
        figures.limit().median(), figures.offsync().ratioSpread(figures.limit()))
        .withTarget(Against.LIMIT, 1.15));
    report.add(Row.of("full pull client CPU, " + n + " records", "cpu s", figures.offsyncClientCpu().median(),
        null, figures.limitClientCpu().median(), figures.offsyncClientCpu().ratioSpread(figures.limitClientCpu()))
        .withTarget(Against.LIMIT, 1.3));
    report.fact("full pull records/s, Offsync", Math.round(n / figures.offsync().median()));
    report.fact("full pull records/s, limit", Math.round(n / figures.limit().median()));
    report.fact("full pull HTTP requests", figures.fullRequests());
    report.fact("full pull HTTP requests, limit", figures.limitRequests());
    report.fact("full pull response bytes", figures.pageBytes());
    report.fact("full pull rounds (Offsync s)", figures.offsync().all());
    report.fact("full pull rounds (limit s)", figures.limit().all());
    // CPU seconds: the client's is its JVM's (its HTTP threads and GC included), the JIT's threads apart; the
    // server's is its request threads'. Less sensitive than wall time to other programs on a shared machine.
    report.fact("full pull client CPU s, Offsync", round(figures.offsyncClientCpu().median()));
    report.fact("full pull client CPU s, limit", round(figures.limitClientCpu().median()));
    report.fact("full pull server CPU s, serving Offsync", round(figures.offsyncServerCpu().median()));
    report.fact("full pull server CPU s, serving the limit", round(figures.limitServerCpu().median()));
    report.fact("full pull peak RSS of the pulling JVM (MiB), Offsync / limit",
        figures.offsyncPeakRssMiB() + " / " + figures.limitPeakRssMiB());
    report.fact("full pull JIT CPU s (left out of the client's), Offsync rounds", rounded(figures.offsyncJitCpu()));
    report.fact("full pull JIT CPU s (left out of the client's), limit rounds", rounded(figures.limitJitCpu()));
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

  /**
   * The push through a proxy that delays each answer by {@code delay} ms, at parallelism 1, 4 and 16, against a
   * plain client at the same parallelism; with 50 ms, also parallelism 16 against 1.
   */
  private static void addDelayedPush(Report report, SyncOptions options, int delay) throws Exception {
    int n = options.delayPushRecords();
    Duration wait = Duration.ofMillis(delay);
    Samples one = null;
    for (int parallelism : new int[] {1, 4, 16}) {
      progress("push through a " + delay + " ms proxy: " + n + " inserts, parallelism " + parallelism);
      Samples offsync = new Samples();
      Samples limit = new Samples();
      for (int round = 0; round < options.rounds(); round++) {
        if (round % 2 == 0) {
          limit.addSeconds(PushBench.limit(n, parallelism, options.pageSize(), wait));
        }
        offsync.addSeconds(PushBench.offsync(n, parallelism, options.pageSize(), wait));
        if (round % 2 == 1) {
          limit.addSeconds(PushBench.limit(n, parallelism, options.pageSize(), wait));
        }
      }
      report.add(Row.of("push via " + delay + " ms proxy, parallelism " + parallelism, "ms/op",
          1000 * offsync.median() / n, null, 1000 * limit.median() / n, offsync.ratioSpread(limit))
          .withTarget(Against.LIMIT, 1.25, ">= 0.8x plain ops/s"));
      report.fact("push via " + delay + " ms proxy, parallelism " + parallelism + ", ops/s Offsync / plain",
          Math.round(n / offsync.median()) + " / " + Math.round(n / limit.median()));
      if (parallelism == 1) {
        one = offsync;
      } else if (parallelism == 16 && delay == 50) {
        report.add(Row.of("push via 50 ms proxy, parallelism 16 against 1", "ms/op", 1000 * offsync.median() / n,
            1000 * one.median() / n, null, offsync.ratioSpread(one))
            .withTarget(Against.BASELINE, 1 / 6.0, ">= 6x parallelism 1"));
      }
    }
  }

  /**
   * Per record at one table size: wall time and client CPU, each against the limit's; from 100 000 records on
   * (the sizes the issue names) with the pull's targets.
   */
  private static void addScale(Report report, PullBench.Figures figures) {
    int n = figures.records();
    Row wall = Row.of("pull cost per record, " + n + " records", "us", 1e6 * figures.offsync().median() / n, null,
        1e6 * figures.limit().median() / n, figures.offsync().ratioSpread(figures.limit()));
    Row cpu = Row.of("pull client CPU per record, " + n + " records", "cpu us",
        1e6 * figures.offsyncClientCpu().median() / n, null, 1e6 * figures.limitClientCpu().median() / n,
        figures.offsyncClientCpu().ratioSpread(figures.limitClientCpu()));
    report.fact("pull peak RSS of the pulling JVM (MiB), " + n + " records, Offsync / limit",
        figures.offsyncPeakRssMiB() + " / " + figures.limitPeakRssMiB());
    boolean targeted = n >= 100_000;
    report.add(targeted ? wall.withTarget(Against.LIMIT, 1.15) : wall);
    report.add(targeted ? cpu.withTarget(Against.LIMIT, 1.3) : cpu);
  }

  /**
   * Whether the cost per record stays flat: Offsync's client CPU per record at the largest size against the
   * main size's (CPU, since wall time per record also carries the machine's state), and the same for the limit as
   * a fact, so a rise both share is seen to be SQLite's or the server's.
   */
  private static void addFlatness(Report report, PullBench.Figures reference, PullBench.Figures largest) {
    double small = 1e6 * reference.offsyncClientCpu().median() / reference.records();
    double large = 1e6 * largest.offsyncClientCpu().median() / largest.records();
    report.add(Row.of("pull client CPU per record, " + largest.records() + " against " + reference.records()
        + " records", "cpu us", large, small, null, String.format(Locale.ROOT, "%.2fx", large / small))
        .withTarget(Against.BASELINE, 1.25, "flat: <= 1.25x"));
    double limitReference = 1e6 * reference.limitClientCpu().median() / reference.records();
    double limitLarge = 1e6 * largest.limitClientCpu().median() / largest.records();
    report.fact("pull client CPU per record, limit, " + largest.records() + " against " + reference.records(),
        String.format(Locale.ROOT, "%.2fx", limitLarge / limitReference));
  }

  private static List<Double> rounded(Samples samples) {
    return samples.all().stream().map(SyncCommand::round).toList();
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  private static void progress(String step) {
    System.err.println("[sync] " + step);
  }
}
