package dev.offsync.benchmarks;

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
 * java -jar offsync-benchmarks.jar all [sync options]     micro then sync, one table and one results file
 * java -jar offsync-benchmarks.jar server [options]       load test of the reference server beside the Node v2 one
 * </pre>
 */
public final class Main {

  private Main() {}

  /** Runs a command; see the class comment. */
  public static void main(String[] args) throws Exception {
    // The in-process server logs its start at INFO; the tables are the output here.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    String command = args.length == 0 ? "" : args[0];
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    switch (command) {
      case "micro" -> micro(rest);
      case "sync" -> System.exit(SyncCommand.run(rest, null));
      case "server" -> System.exit(ServerCommand.run(rest));
      case "all" -> System.exit(SyncCommand.run(rest, MicroCommand.run(false)));
      default -> org.openjdk.jmh.Main.main(args);
    }
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
