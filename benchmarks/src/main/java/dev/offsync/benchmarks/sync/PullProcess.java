package dev.offsync.benchmarks.sync;

import dev.offsync.OfflineTable;
import dev.offsync.PullResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.report.Machine;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

/**
 * One contender of the full-pull benchmark in a JVM of its own, the way JMH forks: untimed warm-up pulls from a
 * small service, then timed pulls from the benchmark's service, each into a new store.
 *
 * <p>A JVM per contender keeps each one's JIT profile its own (in one JVM the two share Jackson, the HTTP client
 * and sqlite-jdbc, and each switch deoptimized the other's code, so the JIT ran through every round), and makes
 * the client's CPU this process's CPU: no server threads to subtract. The JIT's threads are still counted apart
 * ({@link CpuTime}). Only the pull is timed: the store is opened (schema made) before and closed after.
 *
 * <p>Arguments: {@code offsync|limit WARMUP_URI WARMUP_RECORDS WARMUP_ROUNDS URI RECORDS ROUNDS}. Before each
 * timed round it prints {@link #BEGIN} to stdout (so the parent can read its server's CPU from there), after it
 * {@code round WALL_S CPU_S JIT_S REQUESTS BYTES} (bytes are the limit's only, 0 for Offsync); last, where
 * known, {@code rss MIB}, its peak resident set. Anything else goes to stderr. It runs with the parent's JVM
 * options ({@link ForkedPull}), so {@code java -Xmx64m -jar ... sync} pulls in a 64 MB heap.
 */
public final class PullProcess {

  /** The line printed just before each timed pull. */
  static final String BEGIN = "begin";

  /** The start of the last line, where the system reports it: this JVM's peak resident set in MiB. */
  static final String RSS = "rss ";

  /** What one timed pull measured. */
  record Round(double wallSeconds, double cpuSeconds, double jitSeconds, int requests, long bytes) {

    private static final String PREFIX = "round ";

    String line() {
      return String.format(Locale.ROOT, PREFIX + "%.6f %.6f %.6f %d %d", wallSeconds, cpuSeconds, jitSeconds,
          requests, bytes);
    }

    /** The round a line holds, or null if the line is not a round. */
    static Round parse(String line) {
      if (!line.startsWith(PREFIX)) {
        return null;
      }
      String[] fields = line.substring(PREFIX.length()).trim().split(" ");
      return new Round(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
          Integer.parseInt(fields[3]), Long.parseLong(fields[4]));
    }
  }

  /** The two contenders. */
  enum Contender {
    OFFSYNC, LIMIT;

    String argument() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private PullProcess() {}

  /** See the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println("usage: PullProcess offsync|limit WARMUP_URI WARMUP_RECORDS WARMUP_ROUNDS URI RECORDS"
          + " ROUNDS");
      System.exit(2);
    }
    Contender contender = Contender.valueOf(args[0].toUpperCase(Locale.ROOT));
    URI warmup = URI.create(args[1]);
    int warmupRecords = Integer.parseInt(args[2]);
    int warmupRounds = Integer.parseInt(args[3]);
    URI service = URI.create(args[4]);
    int records = Integer.parseInt(args[5]);
    int rounds = Integer.parseInt(args[6]);
    PrintStream out = System.out;
    for (int i = 0; i < warmupRounds; i++) {
      pull(contender, warmup, warmupRecords);
    }
    for (int i = 0; i < rounds; i++) {
      out.println(BEGIN);
      out.flush();
      out.println(pull(contender, service, records).line());
      out.flush();
    }
    Machine.peakRssMiB().ifPresent(rss -> out.println(RSS + rss));
    out.flush();
  }

  private static Round pull(Contender contender, URI service, int records) throws Exception {
    return contender == Contender.OFFSYNC ? offsync(service, records) : limit(service, records);
  }

  private static Round offsync(URI service, int records) {
    Path store = StoreFiles.newFolder();
    try (SyncClient client = SyncClient.builder().store(store.resolve("client.db")).tables(ItemTable.DEFINITION)
        .endpoint(service).retryPolicy(RetryPolicy.never()).build()) {
      OfflineTable<Item> table = client.table(ItemTable.DEFINITION);
      Meter meter = new Meter();
      PullResult result = table.pull();
      Round round = meter.round(result.requests(), 0);
      if (result.fetched() != records || result.upserted() != records) {
        throw new IllegalStateException("The pull fetched " + result.fetched() + " and stored " + result.upserted()
            + " items of " + records);
      }
      return round;
    } finally {
      StoreFiles.delete(store);
    }
  }

  private static Round limit(URI service, int records) throws Exception {
    Path store = StoreFiles.newFolder();
    try (Connection connection = StoreFiles.rawConnection(store)) {
      Meter meter = new Meter();
      LimitPull.Pulled pulled = LimitPull.pull(service, connection);
      Round round = meter.round(pulled.requests(), pulled.bytes());
      if (pulled.items() != records) {
        throw new IllegalStateException("The limit stored " + pulled.items() + " items of " + records);
      }
      return round;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      StoreFiles.delete(store);
    }
  }

  /** Wall clock, this process's CPU and the JIT's CPU from its creation on. */
  private static final class Meter {
    private final long wall = System.nanoTime();
    private final long cpu = CpuTime.process();
    private final long jit = CpuTime.jit();

    Round round(int requests, long bytes) {
      long wallUsed = System.nanoTime() - wall;
      long jitUsed = Math.max(0, CpuTime.jit() - jit);
      long cpuUsed = Math.max(0, CpuTime.process() - cpu - jitUsed);
      return new Round(wallUsed / 1e9, cpuUsed / 1e9, jitUsed / 1e9, requests, bytes);
    }
  }
}
