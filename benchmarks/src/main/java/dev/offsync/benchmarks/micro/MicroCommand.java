package dev.offsync.benchmarks.micro;

import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.report.Row;
import dev.offsync.benchmarks.report.Row.Against;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH micro-benchmarks (serializers, local writes, local query) and turns their scores into rows:
 * each Offsync method beside its baseline and limit from the same run.
 */
public final class MicroCommand {

  private static final List<Class<?>> BENCHMARKS = List.of(SerializerBenchmark.class, LocalWriteBenchmark.class,
      LocalQueryBenchmark.class);

  private MicroCommand() {}

  /**
   * Runs them.
   *
   * @param quick tiny sizes, no fork, one short iteration: a smoke run that proves they work, not how fast
   */
  public static Report run(boolean quick) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().shouldFailOnError(true);
    BENCHMARKS.forEach(type -> options.include(type.getName() + "\\."));
    if (quick) {
      options.forks(0).warmupIterations(0).measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(50)).param("rows", "200").verbosity(VerboseMode.SILENT);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    return rows(results, quick ? "micro --quick" : "micro");
  }

  /** The rows of a JMH run of {@link #BENCHMARKS}. */
  static Report rows(Collection<RunResult> results, String command) {
    Map<String, Result<?>> byName = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      byName.put(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
          result.getPrimaryResult());
    }
    Report report = new Report(command);
    report.add(row(byName, "JSON read, page of 100 items", "SerializerBenchmark", "readGenerated",
        "readDatabind", "readStreaming").withTarget(Against.BASELINE, 0.67));
    report.add(row(byName, "JSON write, page of 100 items", "SerializerBenchmark", "writeGenerated",
        "writeDatabind", "writeStreaming").withTarget(Against.BASELINE, 0.67));
    report.add(row(byName, "local insert of N items, insertAll", "LocalWriteBenchmark", "offsyncInsertAll",
        "reflectiveDao", "rawJdbcBatch").withTarget(Against.LIMIT, 1.3));
    report.add(row(byName, "local insert of N items, insert() each", "LocalWriteBenchmark", "offsyncInsert",
        "reflectiveDao", "rawJdbcBatch").withTarget(Against.LIMIT, 1.3));
    report.add(row(byName, "local query on an indexed column", "LocalQueryBenchmark", "offsyncQuery",
        "reflectiveDao", "rawJdbc"));
    return report;
  }

  private static Row row(Map<String, Result<?>> byName, String title, String type, String offsync,
      String baseline, String limit) {
    Result<?> ours = require(byName, type + "." + offsync);
    return Row.of(title, ours.getScoreUnit(), ours.getScore(), score(byName, type + "." + baseline),
        score(byName, type + "." + limit), spread(ours));
  }

  private static Result<?> require(Map<String, Result<?>> byName, String name) {
    Result<?> result = byName.get(name);
    if (result == null) {
      throw new IllegalStateException("JMH returned no result for " + name);
    }
    return result;
  }

  private static Double score(Map<String, Result<?>> byName, String name) {
    return require(byName, name).getScore();
  }

  /** JMH's 99.9% confidence half-width, relative to the score. */
  private static String spread(Result<?> result) {
    double error = result.getScoreError();
    if (Double.isNaN(error) || result.getScore() == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "±%.0f%%", 100 * error / result.getScore());
  }
}
