package dev.offsync.benchmarks.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The options of the {@code server} command.
 *
 * @param seconds the measured window of each cell
 * @param warmupSeconds the untimed load before each cell, on the same server (default 30: after 10 s the JIT
 *     was still compiling PostgreSQL's write path during the measured window)
 * @param connections the connection counts, one cell each
 * @param rows the items in the table before the run
 * @param workloads which workloads run: {@code list}, {@code post}
 * @param postgresUrl the PostgreSQL database (a schema {@code offsync_bench} is made in it and dropped), or null
 * @param node whether the Node server runs as the peer where it is installed
 * @param json the results file, or null for the default
 * @param serverJvmOptions extra options of the server's JVM, such as a flight recording
 */
public record ServerOptions(double seconds, double warmupSeconds, List<Integer> connections, int rows,
    Set<String> workloads, String postgresUrl, boolean node, Path json, List<String> serverJvmOptions) {

  /** Every workload. */
  public static final Set<String> WORKLOADS = Set.of("list", "post");

  /** The environment variable that names the PostgreSQL database when {@code --postgres} is not given. */
  public static final String POSTGRES_ENV = "OFFSYNC_BENCH_POSTGRES_URL";

  /** Checks the values. */
  public ServerOptions {
    if (!(seconds > 0) || !(warmupSeconds >= 0)) {
      throw new IllegalArgumentException("--seconds must be positive and --warmup not negative");
    }
    connections = List.copyOf(connections);
    connections.forEach(c -> {
      if (c < 1 || c > 1024) {
        throw new IllegalArgumentException("--connections takes counts from 1 to 1024, got " + c);
      }
    });
    if (rows < 100) {
      throw new IllegalArgumentException("--rows must be at least 100 (the list query reads one category), got "
          + rows);
    }
    workloads = Set.copyOf(workloads);
    if (workloads.isEmpty() || !WORKLOADS.containsAll(workloads)) {
      throw new IllegalArgumentException("--only takes workloads among " + WORKLOADS + ", got " + workloads);
    }
    serverJvmOptions = List.copyOf(serverJvmOptions);
  }

  /** Parses the command line; unknown options are an error that lists the known ones. */
  public static ServerOptions parse(List<String> args) {
    double seconds = 15;
    double warmup = 30;
    List<Integer> connections = List.of(8, 32);
    int rows = 5_000;
    Set<String> workloads = WORKLOADS;
    String postgres = System.getenv(POSTGRES_ENV);
    boolean node = true;
    Path json = null;
    List<String> jvm = List.of();
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--no-node")) {
        node = false;
        continue;
      }
      String value = required(option, i + 1 < args.size() ? args.get(i + 1) : null);
      switch (option) {
        case "--seconds" -> seconds = number(option, value);
        case "--warmup" -> warmup = number(option, value);
        case "--connections" -> connections = integers(option, value);
        case "--rows" -> rows = (int) number(option, value);
        case "--only" -> workloads = Set.of(value.split(","));
        case "--postgres" -> postgres = value.isBlank() || value.equals("none") ? null : value;
        case "--json" -> json = Path.of(value);
        case "--server-jvm" -> jvm = Arrays.asList(value.trim().split("\\s+"));
        default -> throw new IllegalArgumentException("Unknown option '" + option + "'. Options: --seconds S,"
            + " --warmup S, --connections N,N,..., --rows N, --only list,post, --postgres JDBC_URL|none, --no-node,"
            + " --json FILE, --server-jvm \"JVM options\"");
      }
      i++;
    }
    return new ServerOptions(seconds, warmup, connections, rows, workloads,
        postgres == null || postgres.isBlank() ? null : postgres, node, json, jvm);
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static double number(String option, String value) {
    try {
      return Double.parseDouble(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
    }
  }

  private static List<Integer> integers(String option, String value) {
    List<Integer> counts = new ArrayList<>();
    for (String part : value.split(",")) {
      counts.add((int) number(option, part));
    }
    return counts;
  }
}
