package dev.offsync.benchmarks.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.Items;
import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.report.Row;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code server} command: a wrk-style load test of the reference server, each server in a process of its
 * own, on SQLite and (with a URL) PostgreSQL, beside the Node Azure Mobile Apps v2 server where it is installed.
 * Workloads: a list page of 50 with {@code $filter} and {@code $orderby}, and the POST of a new item; each at
 * every connection count. Prints requests/s, p50, p99 and server CPU per request per cell, then the targets as
 * rows: at least 5x the Node server's requests/s, and PostgreSQL's p99 within 1.5x SQLite's.
 */
public final class ServerCommand {

  /** The list query: one category of 100 items in 5 000, most expensive first, a page of 50. */
  static final String LIST_QUERY = "/tables/items?$filter=category%20eq%20%27c7%27&$orderby=price%20desc&$top=50";

  static final String OFFSYNC_SQLITE = "Offsync, SQLite";
  static final String OFFSYNC_POSTGRES = "Offsync, PostgreSQL";
  static final String NODE = "Node v2, SQLite";

  private static final String POSTGRES_SCHEMA = "offsync_bench";

  private final ServerOptions options;
  private final PrintStream out;
  /** Contender, then cell name ("list, 8 connections"), then what it measured. */
  private final Map<String, Map<String, Cell>> results = new LinkedHashMap<>();

  private ServerCommand(ServerOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /**
   * One measured cell.
   *
   * @param load what the load generator saw
   * @param cpuMicrosPerRequest the server process's CPU per answered request, or -1 where unknown
   */
  record Cell(LoadResult load, double cpuMicrosPerRequest) {}

  /** Runs the command with its options; returns the exit status. */
  public static int run(List<String> args) throws Exception {
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    Report report = measure(options, System.out, "server" + (args.isEmpty() ? "" : " " + String.join(" ", args)));
    report.print(System.out);
    Path file = options.json() != null ? options.json() : Report.defaultFile("server");
    report.writeJson(file);
    System.out.println("results: " + file);
    return 0;
  }

  /** Measures every cell and returns the report (also what {@code all} adds to its own). */
  public static Report measure(ServerOptions options, PrintStream out, String command) throws Exception {
    ServerCommand run = new ServerCommand(options, out);
    run.measureAll();
    return run.report(command);
  }

  private void measureAll() throws Exception {
    Path folder = StoreFiles.newFolder();
    try {
      Path sqlite = folder.resolve("sqlite");
      java.nio.file.Files.createDirectories(sqlite);
      String sqliteUrl = "jdbc:sqlite:" + sqlite.resolve("service.db");
      measureOffsync(OFFSYNC_SQLITE, sqliteUrl, sqlite);
      if (options.postgresUrl() == null) {
        out.println("PostgreSQL: skipped (give --postgres JDBC_URL or " + ServerOptions.POSTGRES_ENV + ")");
      } else {
        Path pg = folder.resolve("postgres");
        java.nio.file.Files.createDirectories(pg);
        String url = PostgresSchema.create(options.postgresUrl(), POSTGRES_SCHEMA);
        try {
          measureOffsync(OFFSYNC_POSTGRES, url, pg);
        } finally {
          PostgresSchema.drop(options.postgresUrl(), POSTGRES_SCHEMA);
        }
      }
      measureNode(folder);
    } finally {
      StoreFiles.delete(folder);
    }
  }

  private void measureOffsync(String name, String jdbcUrl, Path folder) throws Exception {
    out.println("server: " + name + ", " + options.rows() + " items");
    try (ServerProcess server = ServerProcess.start("offsync", ServerProcess.javaCommand(
        options.serverJvmOptions(), BenchServerMain.class, jdbcUrl), folder, Map.of())) {
      Preload.items(jdbcUrl, options.rows());
      measureCells(name, server, "3.0.0");
    }
  }

  private void measureNode(Path folder) throws Exception {
    if (!options.node()) {
      out.println("Node v2 server: skipped (--no-node)");
      return;
    }
    StringBuilder whyNot = new StringBuilder();
    Optional<Path> cache = NodePeer.install(whyNot);
    if (cache.isEmpty()) {
      out.println("Node v2 server: skipped, " + whyNot);
      return;
    }
    Path node = folder.resolve("node");
    java.nio.file.Files.createDirectories(node);
    out.println("server: " + NODE + ", " + options.rows() + " items");
    try (ServerProcess server = NodePeer.start(cache.get(), node)) {
      NodePeer.preload(server, node, options.rows());
      measureCells(NODE, server, "2.0.0");
    }
  }

  private void measureCells(String contender, ServerProcess server, String apiVersion)
      throws InterruptedException, IOException {
    Map<String, byte[]> requests = new LinkedHashMap<>();
    if (options.workloads().contains("list")) {
      requests.put("list", Requests.get(LIST_QUERY, apiVersion));
    }
    if (options.workloads().contains("post")) {
      requests.put("post", Requests.post("/tables/items", newItemJson(), apiVersion));
    }
    Map<String, Cell> cells = results.computeIfAbsent(contender, c -> new LinkedHashMap<>());
    for (Map.Entry<String, byte[]> workload : requests.entrySet()) {
      int expected = workload.getKey().equals("post") ? 201 : 200;
      for (int connections : options.connections()) {
        if (options.warmupSeconds() > 0) {
          LoadClient.run(server.port(), workload.getValue(), expected, connections, 0, options.warmupSeconds());
        }
        long cpuBefore = server.cpuNanos();
        LoadResult load = LoadClient.run(server.port(), workload.getValue(), expected, connections, 0,
            options.seconds());
        long cpuAfter = server.cpuNanos();
        double cpu = cpuBefore < 0 || load.requests() == 0 ? -1 : (cpuAfter - cpuBefore) / 1e3 / load.requests();
        Cell cell = new Cell(load, cpu);
        cells.put(cellName(workload.getKey(), connections), cell);
        out.println("  " + describe(contender, cellName(workload.getKey(), connections), cell));
      }
    }
  }

  /** A new item without an id (the server assigns one), in a category the list query does not read. */
  private static String newItemJson() throws IOException {
    Item item = Items.local(1);
    Map<String, Object> body = NodePeer.body(new Item(null, item.title(), item.description(), item.complete(),
        item.priority(), item.quantity(), item.price(), "new", item.dueDate(), null, null));
    return new ObjectMapper().writeValueAsString(body);
  }

  static String cellName(String workload, int connections) {
    return (workload.equals("list") ? "list page of 50" : "POST new item") + ", " + connections + " connections";
  }

  private static String describe(String contender, String cellName, Cell cell) {
    return String.format(Locale.ROOT, "%-20s %-36s %s", contender, cellName, figures(cell));
  }

  private static String figures(Cell cell) {
    LoadResult load = cell.load();
    return String.format(Locale.ROOT, "%9.0f requests/s  p50 %7.2f ms  p99 %7.2f ms  server CPU %s  errors %d",
        load.requestsPerSecond(), load.p50Millis(), load.p99Millis(), cell.cpuMicrosPerRequest() < 0 ? "-"
            : String.format(Locale.ROOT, "%.0f us/request", cell.cpuMicrosPerRequest()), load.errors());
  }

  private Report report(String command) {
    Report report = new Report(command);
    Map<String, Cell> sqlite = results.getOrDefault(OFFSYNC_SQLITE, Map.of());
    Map<String, Cell> postgres = results.getOrDefault(OFFSYNC_POSTGRES, Map.of());
    Map<String, Cell> node = results.getOrDefault(NODE, Map.of());
    for (String cellName : sqlite.keySet()) {
      Cell ours = sqlite.get(cellName);
      Cell peer = node.get(cellName);
      Row time = Row.of("server " + cellName + ", time per request (1 / throughput)", "us",
          1e6 / ours.load().requestsPerSecond(), peer == null ? null : 1e6 / peer.load().requestsPerSecond(), null,
          null);
      report.add(peer == null ? time : new Row(time.benchmark(), time.unit(), time.offsync(), time.baseline(),
          null, null, ">= 5x Node's requests/s", 0.2, Row.Against.BASELINE));
      Cell pg = postgres.get(cellName);
      if (pg != null) {
        report.add(new Row("server " + cellName + ", PostgreSQL p99 (baseline: SQLite p99)", "ms",
            pg.load().p99Millis(), ours.load().p99Millis(), null, null, "PostgreSQL p99 <= 1.5x SQLite's", 1.5,
            Row.Against.BASELINE));
      }
    }
    results.forEach((contender, cells) -> cells.forEach((cellName, cell) -> report.fact(
        "server " + cellName + ", " + contender, figures(cell).trim().replaceAll("\\s+", " "))));
    return report;
  }
}
