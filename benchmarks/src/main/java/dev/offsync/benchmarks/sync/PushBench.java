package dev.offsync.benchmarks.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import dev.offsync.testing.FaultProxy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A push of {@code n} pending inserts to an empty service table, and its limit: the same POSTs, bodies
 * built beforehand, sent by a plain {@code java.net.http} client from {@code parallelism} threads. Each run
 * gets a fresh server, so both insert into an empty table. With a delay, both go through the same
 * {@link FaultProxy} that holds every answer back by it, as a network with that round trip would (the proxy
 * opens a connection per exchange, for both contenders alike).
 */
final class PushBench {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private PushBench() {}

  /** Seconds for Offsync to push {@code n} inserts queued beforehand. */
  static double offsync(int n, int parallelism, int pageSize) throws IOException {
    return offsync(n, parallelism, pageSize, Duration.ZERO);
  }

  /** Seconds for Offsync to push {@code n} inserts queued beforehand, each answer delayed by {@code delay}. */
  static double offsync(int n, int parallelism, int pageSize, Duration delay) throws IOException {
    Path folder = StoreFiles.newFolder();
    try (BenchService service = BenchService.start(pageSize);
        FaultProxy proxy = delay.isZero() ? null : FaultProxy.withLatency(service.uri(), delay);
        SyncClient client = SyncClient.builder().store(folder.resolve("client.db")).tables(ItemTable.DEFINITION)
            .endpoint(proxy == null ? service.uri() : proxy.uri()).pushParallelism(parallelism)
            .retryPolicy(RetryPolicy.never()).build()) {
      client.table(ItemTable.DEFINITION).insertAll(Items.local(0, n));
      long start = System.nanoTime();
      PushResult result = client.push();
      long end = System.nanoTime();
      if (!result.isComplete() || result.pushed() != n) {
        throw new IllegalStateException("The push did not complete: " + result.pushed() + " of " + n + " pushed, "
            + result.failed().size() + " failed" + result.stoppedBy().map(e -> ", stopped by " + e).orElse(""));
      }
      return (end - start) / 1e9;
    } finally {
      StoreFiles.delete(folder);
    }
  }

  /** Seconds for a plain client to POST the same {@code n} items from {@code parallelism} threads. */
  static double limit(int n, int parallelism, int pageSize) throws Exception {
    return limit(n, parallelism, pageSize, Duration.ZERO);
  }

  /** Seconds for a plain client to POST the same {@code n} items, each answer delayed by {@code delay}. */
  static double limit(int n, int parallelism, int pageSize, Duration delay) throws Exception {
    try (BenchService service = BenchService.start(pageSize);
        FaultProxy proxy = delay.isZero() ? null : FaultProxy.withLatency(service.uri(), delay)) {
      List<byte[]> bodies = bodies(n);
      URI table = URI.create((proxy == null ? service.uri() : proxy.uri()) + "/tables/items");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      ExecutorService threads = Executors.newFixedThreadPool(parallelism);
      try {
        long start = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < parallelism; t++) {
          int first = t;
          senders.add(threads.submit(() -> {
            for (int i = first; i < n; i += parallelism) {
              post(http, table, bodies.get(i));
            }
            return null;
          }));
        }
        for (Future<?> sender : senders) {
          sender.get();
        }
        return (System.nanoTime() - start) / 1e9;
      } finally {
        threads.shutdown();
      }
    }
  }

  private static void post(HttpClient http, URI table, byte[] body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(table).header("ZUMO-API-VERSION", "3.0.0")
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 201) {
      throw new IOException("POST answered " + response.statusCode());
    }
  }

  /** The bodies Offsync sends for the same items, written by the generated codec. */
  private static List<byte[]> bodies(int n) throws IOException {
    List<byte[]> bodies = new ArrayList<>(n);
    for (Item item : Items.local(0, n)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256);
      try (JsonGenerator generator = JSON.createGenerator(out)) {
        ItemTable.DEFINITION.writeJson(item, generator);
      }
      bodies.add(out.toByteArray());
    }
    return bodies;
  }
}
