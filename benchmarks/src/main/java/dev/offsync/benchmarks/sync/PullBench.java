package dev.offsync.benchmarks.sync;

import dev.offsync.OfflineTable;
import dev.offsync.PullResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import dev.offsync.internal.sync.PullCursor;
import dev.offsync.internal.sync.PullRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;

/**
 * A full pull of a pre-loaded table by a fresh client, against its limit (the same pages replayed with raw
 * streaming and JDBC), round after round in alternating order; then, on the last client, incremental pulls
 * that find nothing new, against one raw GET of the same request.
 */
final class PullBench {

  private static final int INCREMENTAL_REPEATS = 10;

  /** The figures of one table size. */
  record Figures(int records, Samples offsync, Samples limit, Samples incremental, Samples rawGet,
      int fullRequests, int incrementalRequests, long pageBytes, Samples offsyncCpu, Samples serverCpu,
      Samples limitCpu) {}

  private PullBench() {}

  /** Runs {@code rounds} rounds at {@code records}; incremental pulls too if asked. */
  static Figures run(int records, int rounds, int pageSize, boolean incremental) throws Exception {
    Path work = StoreFiles.newFolder();
    try (BenchService service = BenchService.preloaded(records, pageSize)) {
      PageCapture.Captured captured = PageCapture.capture(service.uri(), work.resolve("pages.bin"));
      if (captured.items() != records) {
        throw new IllegalStateException("Captured " + captured.items() + " items of " + records);
      }
      Samples offsync = new Samples();
      Samples limit = new Samples();
      Samples offsyncCpu = new Samples();
      Samples serverCpu = new Samples();
      Samples limitCpu = new Samples();
      Samples increments = new Samples();
      Samples rawGets = new Samples();
      int[] requests = new int[2];
      for (int round = 0; round < rounds; round++) {
        boolean limitFirst = round % 2 == 0;
        if (limitFirst) {
          limitRound(captured, limit, limitCpu);
        }
        boolean last = round == rounds - 1;
        long cpu = CpuTime.process();
        long server = CpuTime.server();
        offsyncRound(service.uri(), records, offsync, last && incremental ? increments : null, requests);
        offsyncCpu.add(cpu, CpuTime.process());
        serverCpu.add(server, CpuTime.server());
        if (!limitFirst) {
          limitRound(captured, limit, limitCpu);
        }
      }
      if (incremental) {
        rawGets = rawGets(service.uri(), records);
      }
      return new Figures(records, offsync, limit, increments, rawGets, requests[0], requests[1], captured.bytes(),
          offsyncCpu, serverCpu, limitCpu);
    } finally {
      StoreFiles.delete(work);
    }
  }

  private static void limitRound(PageCapture.Captured captured, Samples time, Samples cpuTime) throws Exception {
    Path store = StoreFiles.newFolder();
    try (Connection connection = StoreFiles.rawConnection(store)) {
      long cpu = CpuTime.process();
      long start = System.nanoTime();
      long items = LimitPull.apply(captured.file(), connection);
      time.add(start, System.nanoTime());
      cpuTime.add(cpu, CpuTime.process());
      if (items != captured.items()) {
        throw new IllegalStateException("The limit stored " + items + " items of " + captured.items());
      }
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
    PullCursor after = new PullCursor(Items.updatedAt(records - 1), Items.id(records - 1));
    URI uri = URI.create(service + "/tables/items?" + PullRequests.queryString(Optional.empty(),
        Optional.of(after), true, true));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Samples samples = new Samples();
    for (int i = 0; i < INCREMENTAL_REPEATS; i++) {
      long start = System.nanoTime();
      PageCapture.get(http, uri);
      samples.add(start, System.nanoTime());
    }
    return samples;
  }
}
