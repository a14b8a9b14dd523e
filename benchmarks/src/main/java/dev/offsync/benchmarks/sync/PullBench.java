package dev.offsync.benchmarks.sync;

import dev.offsync.OfflineTable;
import dev.offsync.PullResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;

/**
 * A full pull of a pre-loaded table by a fresh client, against its limit (a minimal program fetching the same
 * pages from the same server over HTTP, {@link LimitPull}), round after round in alternating order, each round
 * in a new JVM after its own warm-up ({@link PullProcess}); then, in this process, incremental pulls that find
 * nothing new, against one raw GET of the same request. The client's CPU is the forked JVM's, the JIT's threads
 * apart; the server's is its request threads' in this process during each timed pull.
 */
final class PullBench {

  private static final int INCREMENTAL_REPEATS = 10;

  /** The figures of one table size; CPU figures in seconds. */
  record Figures(int records, Samples offsync, Samples limit, Samples incremental, Samples rawGet,
      int fullRequests, int limitRequests, int incrementalRequests, long pageBytes, Samples offsyncClientCpu,
      Samples offsyncServerCpu, Samples limitClientCpu, Samples limitServerCpu, Samples offsyncJitCpu,
      Samples limitJitCpu, long offsyncPeakRssMiB, long limitPeakRssMiB) {}

  /** One contender's figures over the rounds. */
  private static final class Contender {
    final PullProcess.Contender which;
    final Samples wall = new Samples();
    final Samples clientCpu = new Samples();
    final Samples serverCpu = new Samples();
    final Samples jitCpu = new Samples();
    int requests;
    long bytes;
    long peakRssMiB;

    Contender(PullProcess.Contender which) {
      this.which = which;
    }

    void run(ForkedPull.Warmup warmup, URI service, int records) throws Exception {
      ForkedPull.Result result = ForkedPull.run(which, warmup, service, records, 1);
      for (int i = 0; i < result.rounds().size(); i++) {
        PullProcess.Round round = result.rounds().get(i);
        wall.addSeconds(round.wallSeconds());
        clientCpu.addSeconds(round.cpuSeconds());
        jitCpu.addSeconds(round.jitSeconds());
        serverCpu.addSeconds(result.serverCpuSeconds().get(i));
        requests = round.requests();
        bytes = round.bytes();
      }
      peakRssMiB = Math.max(peakRssMiB, result.peakRssMiB());
    }
  }

  private PullBench() {}

  /**
   * Runs {@code rounds} rounds at {@code records}, each contender's JVM warmed up by {@code warmupRounds} pulls
   * of {@code warmupRecords} (0 for none) from a service of its own; incremental pulls too if asked.
   */
  static Figures run(int records, int rounds, int pageSize, boolean incremental, int warmupRecords,
      int warmupRounds) throws Exception {
    try (BenchService service = BenchService.preloaded(records, pageSize);
        BenchService warm = BenchService.preloaded(Math.max(1, warmupRecords), pageSize)) {
      ForkedPull.Warmup warmup = new ForkedPull.Warmup(warm.uri(), Math.max(1, warmupRecords),
          warmupRecords > 0 ? warmupRounds : 0);
      Contender offsync = new Contender(PullProcess.Contender.OFFSYNC);
      Contender limit = new Contender(PullProcess.Contender.LIMIT);
      for (int round = 0; round < rounds; round++) {
        Contender first = round % 2 == 0 ? limit : offsync;
        first.run(warmup, service.uri(), records);
        (first == limit ? offsync : limit).run(warmup, service.uri(), records);
      }
      Samples increments = new Samples();
      Samples rawGets = new Samples();
      int incrementalRequests = 0;
      if (incremental) {
        incrementalRequests = incremental(service.uri(), records, increments);
        rawGets = rawGets(service.uri(), records);
      }
      return new Figures(records, offsync.wall, limit.wall, increments, rawGets, offsync.requests, limit.requests,
          incrementalRequests, limit.bytes, offsync.clientCpu, offsync.serverCpu, limit.clientCpu, limit.serverCpu,
          offsync.jitCpu, limit.jitCpu, offsync.peakRssMiB, limit.peakRssMiB);
    }
  }

  /** A full pull by a new client in this process, then incremental pulls that find nothing; their requests. */
  private static int incremental(URI service, int records, Samples increments) {
    Path store = StoreFiles.newFolder();
    try (SyncClient client = SyncClient.builder().store(store.resolve("client.db")).tables(ItemTable.DEFINITION)
        .endpoint(service).retryPolicy(RetryPolicy.never()).build()) {
      OfflineTable<Item> table = client.table(ItemTable.DEFINITION);
      PullResult full = table.pull();
      if (full.fetched() != records) {
        throw new IllegalStateException("The pull fetched " + full.fetched() + " items of " + records);
      }
      int requests = 0;
      // Untimed repeats first: this process's JIT has not seen this path yet.
      for (int i = 0; i < 2 * INCREMENTAL_REPEATS; i++) {
        long again = System.nanoTime();
        PullResult nothing = table.pull();
        if (i >= INCREMENTAL_REPEATS) {
          increments.add(again, System.nanoTime());
        }
        if (nothing.fetched() != 0) {
          throw new IllegalStateException("An incremental pull found " + nothing.fetched() + " new items");
        }
        requests = nothing.requests();
      }
      return requests;
    } finally {
      StoreFiles.delete(store);
    }
  }

  /** The same request an incremental pull sends first, as a raw GET. */
  private static Samples rawGets(URI service, int records) throws Exception {
    URI uri = PullQueries.after(service, Items.updatedAt(records - 1), Items.id(records - 1));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Samples samples = new Samples();
    for (int i = 0; i < 2 * INCREMENTAL_REPEATS; i++) {
      long start = System.nanoTime();
      LimitPull.get(http, uri);
      if (i >= INCREMENTAL_REPEATS) {
        samples.add(start, System.nanoTime());
      }
    }
    return samples;
  }
}
