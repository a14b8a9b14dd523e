package dev.offsync.benchmarks.http2;

import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code http2}: a push of pending inserts through a {@link DelayProxy} at several round trips and
 * parallelisms, over HTTP/1.1 and over HTTP/2 on the same engine, JDK and OkHttp. Each run gets a fresh server
 * and client. Options: {@code --records N} (inserts per push, default 200), {@code --delays MS,MS} (round
 * trips, default 10,50), {@code --parallelism P,P} (default 1,4,16), {@code --engines jdk,okhttp},
 * {@code --no-warmup} (skips the untimed pushes first).
 * Prints one line per cell, ms per operation on each protocol and their ratio, and the connections the proxy
 * saw (one per HTTP/2 client shows what was negotiated).
 */
public final class Http2PushCommand {

  private Http2PushCommand() {}

  /** Runs the comparison with these options, printing to {@code out}; returns 0. */
  public static int run(List<String> args, PrintStream out) throws Exception {
    int records = Integer.parseInt(option(args, "--records", "200"));
    List<Integer> delays = ints(option(args, "--delays", "10,50"));
    List<Integer> parallelisms = ints(option(args, "--parallelism", "1,4,16"));
    List<Engines> engines = new ArrayList<>();
    for (String name : option(args, "--engines", "jdk,okhttp").split(",")) {
      engines.add(Engines.valueOf(name.trim().toUpperCase(Locale.ROOT)));
    }
    out.printf(Locale.ROOT, "http2: push of %d inserts through a delay proxy; load average %.2f%n", records,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (Engines engine : args.contains("--no-warmup") ? List.<Engines>of() : engines) {
      push(engine, false, Math.min(records, 50), 4, 0); // untimed: loads and compiles both paths
      push(engine, true, Math.min(records, 50), 4, 0);
    }
    for (int delay : delays) {
      for (Engines engine : engines) {
        for (int parallelism : parallelisms) {
          Run http11 = push(engine, false, records, parallelism, delay);
          Run http2 = push(engine, true, records, parallelism, delay);
          out.printf(Locale.ROOT, "push %s round trip %d ms parallelism %d: HTTP/1.1 %.2f ms/op (connections: %d),"
              + " HTTP/2 %.2f ms/op (connections: %d), HTTP/2 / HTTP/1.1 %.2f%n", engine.label(), delay, parallelism,
              http11.msPerOp(), http11.connections(), http2.msPerOp(), http2.connections(),
              http2.msPerOp() / http11.msPerOp());
        }
      }
    }
    return 0;
  }

  /** One timed push: milliseconds per operation, and the connections opened through the proxy. */
  record Run(double msPerOp, int connections) {}

  static Run push(Engines engine, boolean http2, int records, int parallelism, int delayMs) throws Exception {
    Path folder = StoreFiles.newFolder();
    try (DatasyncServer server = DatasyncServer.builder()
            .table(TableSchema.of(ItemTable.DEFINITION).withSoftDelete(true))
            .database("jdbc:sqlite:" + folder.resolve("service.db")).port(0).build().start();
        DelayProxy proxy = DelayProxy.start(server.uri(), Duration.ofMillis(delayMs));
        SyncClient client = SyncClient.builder().store(folder.resolve("client.db")).tables(ItemTable.DEFINITION)
            .endpoint(proxy.uri()).httpEngine(engine.engine(http2)).pushParallelism(parallelism)
            .retryPolicy(RetryPolicy.never()).build()) {
      client.table(ItemTable.DEFINITION).insertAll(Items.local(0, records));
      long start = System.nanoTime();
      PushResult result = client.push();
      long nanos = System.nanoTime() - start;
      if (!result.isComplete() || result.pushed() != records) {
        throw new IllegalStateException("The push did not complete: " + result.pushed() + " of " + records);
      }
      return new Run(nanos / 1e6 / records, proxy.connections());
    } finally {
      StoreFiles.delete(folder);
    }
  }

  private static String option(List<String> args, String name, String otherwise) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : otherwise;
  }

  private static List<Integer> ints(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }
}
