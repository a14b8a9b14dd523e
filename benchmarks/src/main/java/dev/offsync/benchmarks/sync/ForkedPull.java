package dev.offsync.benchmarks.sync;

import dev.offsync.benchmarks.sync.PullProcess.Contender;
import dev.offsync.benchmarks.sync.PullProcess.Round;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@link PullProcess} in a new JVM of the same Java and class path, and reads its rounds. */
final class ForkedPull {

  /**
   * A pull's rounds, the server's CPU seconds (its request threads, in this process) during each, and the
   * pulling JVM's peak resident set in MiB (0 where unknown).
   */
  record Result(List<Round> rounds, List<Double> serverCpuSeconds, long peakRssMiB) {}

  /** The warm-up a forked JVM runs before its timed pulls. */
  record Warmup(URI service, int records, int rounds) {}

  private ForkedPull() {}

  /**
   * Runs one contender's JVM: the warm-up, then {@code rounds} timed pulls of {@code records} from
   * {@code service}. Fails if the JVM fails or runs longer than a bound that grows with the work.
   */
  static Result run(Contender contender, Warmup warmup, URI service, int records, int rounds) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(jvmOptions());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        // The same quiet logging as this process (Main sets it as a system property).
        "-Dorg.slf4j.simpleLogger.defaultLogLevel="
            + System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"),
        PullProcess.class.getName(), contender.argument(), warmup.service().toString(),
        Integer.toString(warmup.records()), Integer.toString(warmup.rounds()), service.toString(),
        Integer.toString(records), Integer.toString(rounds)));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<Round> measured = new ArrayList<>();
    List<Double> serverCpu = new ArrayList<>();
    long rss = 0;
    long bound = 120 + (long) (warmup.records()) * warmup.rounds() / 1_000 + (long) records * rounds / 1_000;
    // Ends a process that hangs, so the reading below ends too.
    CompletableFuture<Void> watchdog = CompletableFuture.runAsync(process::destroyForcibly,
        CompletableFuture.delayedExecutor(bound, TimeUnit.SECONDS));
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      long serverMark = 0;
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals(PullProcess.BEGIN)) {
          serverMark = CpuTime.server();
          continue;
        }
        if (line.startsWith(PullProcess.RSS)) {
          rss = Long.parseLong(line.substring(PullProcess.RSS.length()).trim());
          continue;
        }
        Round round = Round.parse(line);
        if (round != null) {
          serverCpu.add((CpuTime.server() - serverMark) / 1e9);
          measured.add(round);
        }
      }
      process.waitFor();
    } finally {
      watchdog.cancel(false);
      process.destroyForcibly();
    }
    if (process.exitValue() != 0 || measured.size() != rounds) {
      throw new IllegalStateException("The " + contender.argument() + " pull process ended with status "
          + process.exitValue() + " after " + measured.size() + " of " + rounds + " rounds, within its bound of "
          + bound + " s (its errors are above)");
    }
    return new Result(measured, serverCpu, rss);
  }

  /**
   * This JVM's options (heap size, GC, agents), so that a run in a small heap pulls in that heap; less those
   * that came from {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}, which the new JVM reads from its
   * environment again (an agent given twice fails to start).
   */
  static List<String> jvmOptions() {
    List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
    for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
      String value = System.getenv(variable);
      if (value != null) {
        for (String option : value.trim().split("\\s+")) {
          options.remove(option);
        }
      }
    }
    return options;
  }
}
