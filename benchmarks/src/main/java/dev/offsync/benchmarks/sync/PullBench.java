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
import java.sql.Connection;

/**
 * A full pull of a pre-loaded table by a fresh client, against its limit (a minimal program fetching the same
 * pages from the same server over HTTP, {@link LimitPull}), round after round in alternating order; then, on
 * the last client, incremental pulls that find nothing new, against one raw GET of the same request. CPU time
 * is measured for the whole process and for the in-process server's threads, so the client's share (the
 * difference) is known for both contenders.
 */
final class PullBench {

  private static final int INCREMENTAL_REPEATS = 10;

  /** The figures of one table size; CPU figures in seconds, client = process minus server threads. */
  record Figures(int records, Samples offsync, Samples limit, Samples incremental, Samples rawGet,
      int fullRequests, int limitRequests, int incrementalRequests, long pageBytes, Samples offsyncClientCpu,
      Samples offsyncServerCpu, Samples limitClientCpu, Samples limitServerCpu) {}

  private PullBench() {}

  /** Runs {@code rounds} rounds at {@code records}; incremental pulls too if asked. */
  static Figures run(int records, int rounds, int pageSize, boolean incremental) throws Exception {
    try (BenchService service = BenchService.preloaded(records, pageSize)) {
      Samples offsync = new Samples();
      Samples limit = new Samples();
      Samples offsyncClientCpu = new Samples();
      Samples offsyncServerCpu = new Samples();
      Samples limitClientCpu = new Samples();
      Samples limitServerCpu = new Samples();
      Samples increments = new Samples();
      Samples rawGets = new Samples();
      int[] requests = new int[2];
      LimitPull.Pulled limitPull = null;
      for (int round = 0; round < rounds; round++) {
        boolean limitFirst = round % 2 == 0;
        if (limitFirst) {
          limitPull = limitRound(service.uri(), records, limit, limitClientCpu, limitServerCpu);
        }
        boolean last = round == rounds - 1;
        CpuTime.Mark mark = CpuTime.mark();
        offsyncRound(service.uri(), records, offsync, last && incremental ? increments : null, requests);
        mark.addTo(offsyncClientCpu, offsyncServerCpu);
        if (!limitFirst) {
          limitPull = limitRound(service.uri(), records, limit, limitClientCpu, limitServerCpu);
        }
      }
      if (incremental) {
        rawGets = rawGets(service.uri(), records);
      }
      return new Figures(records, offsync, limit, increments, rawGets, requests[0], limitPull.requests(),
          requests[1], limitPull.bytes(), offsyncClientCpu, offsyncServerCpu, limitClientCpu, limitServerCpu);
    }
  }

  private static LimitPull.Pulled limitRound(URI service, int records, Samples time, Samples clientCpu,
      Samples serverCpu) throws Exception {
    Path store = StoreFiles.newFolder();
    try (Connection connection = StoreFiles.rawConnection(store)) {
      CpuTime.Mark mark = CpuTime.mark();
      long start = System.nanoTime();
      LimitPull.Pulled pulled = LimitPull.pull(service, connection);
      time.add(start, System.nanoTime());
      mark.addTo(clientCpu, serverCpu);
      if (pulled.items() != records) {
        throw new IllegalStateException("The limit stored " + pulled.items() + " items of " + records);
      }
      return pulled;
    } finally {
      StoreFiles.delete(store);
    }
  }

  private static void offsyncRound(URI service, int records, Samples offsync, Samples increments,
      int[] requests) {
    Path store = StoreFiles.newFolder();
    try (SyncClient client = SyncClient.builder().store(store.resolve("client.db")).tables(ItemTable.DEFINITION)
        .endpoint(service).retryPolicy(RetryPolicy.never()).build()) {
      OfflineTable<Item> table = client.table(ItemTable.DEFINITION);
      long start = System.nanoTime();
      PullResult result = table.pull();
      offsync.add(start, System.nanoTime());
      if (result.fetched() != records || result.upserted() != records) {
        throw new IllegalStateException("The pull fetched " + result.fetched() + " and stored " + result.upserted()
            + " items of " + records);
      }
      requests[0] = result.requests();
      if (increments != null) {
        for (int i = 0; i < INCREMENTAL_REPEATS; i++) {
          long again = System.nanoTime();
          PullResult nothing = table.pull();
          increments.add(again, System.nanoTime());
          if (nothing.fetched() != 0) {
            throw new IllegalStateException("An incremental pull found " + nothing.fetched() + " new items");
          }
          requests[1] = nothing.requests();
        }
      }
    } finally {
      StoreFiles.delete(store);
    }
  }

  /** The same request an incremental pull sends first, as a raw GET. */
  private static Samples rawGets(URI service, int records) throws Exception {
    URI uri = PullQueries.after(service, Items.updatedAt(records - 1), Items.id(records - 1));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Samples samples = new Samples();
    for (int i = 0; i < INCREMENTAL_REPEATS; i++) {
      long start = System.nanoTime();
      LimitPull.body(LimitPull.get(http, uri));
      samples.add(start, System.nanoTime());
    }
    return samples;
  }
}
