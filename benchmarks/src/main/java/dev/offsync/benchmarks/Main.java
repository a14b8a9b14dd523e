package dev.offsync.benchmarks;

import dev.offsync.benchmarks.http2.Http2PushCommand;
import dev.offsync.benchmarks.live.LiveLatencyCommand;
import dev.offsync.benchmarks.micro.MicroCommand;
import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.server.ServerCommand;
import dev.offsync.benchmarks.sync.SyncCommand;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark jar's entry point.
 *
 * <pre>
 * java -jar offsync-benchmarks.jar [JMH options]          JMH's own main: every micro-benchmark, JMH's output
 * java -jar offsync-benchmarks.jar micro [--quick] [--json FILE]
 *                                                        the micro-benchmarks as a table beside their baselines
 * java -jar offsync-benchmarks.jar sync [options]         the end-to-end benchmarks (pull, push, memory, scale)
 * java -jar offsync-benchmarks.jar server [options]       load test of the reference server beside the Node v2 one
 * java -jar offsync-benchmarks.jar all [sync options]     micro then sync (one table and one results file),
 *                                                        then every step of {@link #ALL_STEPS}
 * java -jar offsync-benchmarks.jar live [--changes N]     change-to-screen latency, change feed and polling
 * java -jar offsync-benchmarks.jar http2 [options]        push through a delay proxy, HTTP/1.1 against HTTP/2
 * </pre>
 */
public final class Main {

  /** A further command: runs with its own arguments, prints its table, writes its results; returns a status. */
  @FunctionalInterface
  public interface Command {
    int run(List<String> args) throws Exception;
  }

  /** A command of the jar that {@code all} also runs, after micro and sync, with no arguments. */
  public record Step(String name, Command command) {}

  /**
   * The commands {@code all} runs after micro and sync, in this order; each is also a command of the jar by
   * its name. A benchmark added beside sync (the server's load, latency) registers here.
   */
  static final List<Step> ALL_STEPS = List.of(new Step("server", ServerCommand::run));

  private Main() {}

  /** Runs a command; see the class comment. */
  public static void main(String[] args) throws Exception {
    // The in-process server logs its start at INFO; the tables are the output here.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    String command = args.length == 0 ? "" : args[0];
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    for (Step step : ALL_STEPS) {
      if (step.name().equals(command)) {
        System.exit(step.command().run(rest));
      }
    }
    switch (command) {
      case "micro" -> micro(rest);
      case "sync" -> System.exit(SyncCommand.run(rest, null));
      case "all" -> System.exit(all(rest));
      case "live" -> System.exit(LiveLatencyCommand.run(rest, System.out));
      case "http2" -> System.exit(Http2PushCommand.run(rest, System.out));
      default -> org.openjdk.jmh.Main.main(args);
    }
  }

  /** Micro and sync in one table, then the further steps; the status is the first failing one's. */
  private static int all(List<String> syncOptions) throws Exception {
    int status = SyncCommand.run(syncOptions, MicroCommand.run(false));
    for (Step step : ALL_STEPS) {
      System.err.println("[all] " + step.name());
      int stepStatus = step.command().run(List.of());
      status = status != 0 ? status : stepStatus;
    }
    return status;
  }

  private static void micro(List<String> args) throws Exception {
    boolean quick = args.contains("--quick");
    int json = args.indexOf("--json");
    Report report = MicroCommand.run(quick);
    report.print(System.out);
    Path file = json >= 0 ? Path.of(args.get(json + 1)) : Report.defaultFile("micro");
    report.writeJson(file);
    System.out.println("results: " + file);
  }
}
