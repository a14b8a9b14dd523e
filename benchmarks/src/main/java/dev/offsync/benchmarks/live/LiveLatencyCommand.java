package dev.offsync.benchmarks.live;

import dev.offsync.AutoSyncOptions;
import dev.offsync.OfflineTable;
import dev.offsync.Subscription;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code live}: change-to-screen latency. Device A changes an item and pushes it; device B, running auto sync,
 * has a live query on that item; the latency is from A's write to B's listener receiving the change. Measured
 * once with the change feed and once by polling, each over {@code --changes} changes made one after another,
 * against the reference server in this process on SQLite. While polling, each change waits a random pause
 * within the poll interval first, so that changes land at random points of the poll cycle (without it, each
 * change would start right after a poll and wait a whole interval). Prints p50, p99 and max per mode and the
 * ratio of polling's p50 to the feed's.
 */
public final class LiveLatencyCommand {

  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final java.util.Random RANDOM = new java.util.Random(15);

  private LiveLatencyCommand() {}

  /**
   * Runs it; options {@code --changes N} (default 1000), {@code --poll-changes N} (default: as
   * {@code --changes}), {@code --poll-interval-ms N} (default 1000).
   *
   * @return the exit code: 0, or 2 for bad options
   */
  public static int run(List<String> args, PrintStream out) throws Exception {
    int changes = 1000;
    Integer pollChanges = null;
    int pollMillis = 1000;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      String value = i + 1 < args.size() ? args.get(++i) : null;
      Integer number = value != null && value.matches("\\d{1,7}") ? Integer.valueOf(value) : null;
      if (number == null || number < 1) {
        System.err.println("Option " + option + " needs a positive number; options: --changes N,"
            + " --poll-changes N, --poll-interval-ms N");
        return 2;
      }
      switch (option) {
        case "--changes" -> changes = number;
        case "--poll-changes" -> pollChanges = number;
        case "--poll-interval-ms" -> pollMillis = number;
        default -> {
          System.err.println("Unknown option '" + option + "'; options: --changes N, --poll-changes N,"
              + " --poll-interval-ms N");
          return 2;
        }
      }
    }
    Duration poll = Duration.ofMillis(pollMillis);
    AutoSyncOptions feed = AutoSyncOptions.defaults();
    AutoSyncOptions polling = new AutoSyncOptions(Duration.ofMillis(500), poll, poll.multipliedBy(4))
        .withChangeFeed(false);
    out.println("change-to-screen latency (ms): write on device A to device B's live query");
    long[] withFeed = measure(changes, feed);
    print(out, "change feed, pullDelay " + feed.pullDelay().toMillis() + " ms", withFeed);
    long[] byPolling = measure(pollChanges == null ? changes : pollChanges, polling);
    print(out, "polling every " + pollMillis + " ms", byPolling);
    out.printf(Locale.ROOT, "p50 ratio polling / feed %.1f%n", (double) percentile(byPolling, 50)
        / Math.max(1, percentile(withFeed, 50)));
    return 0;
  }

  /** The latencies in nanoseconds of {@code changes} changes, one after another. */
  private static long[] measure(int changes, AutoSyncOptions options) throws Exception {
    Path folder = StoreFiles.newFolder();
    try (DatasyncServer server = DatasyncServer.builder().table(TableSchema.of(ItemTable.DEFINITION))
        .database("jdbc:sqlite:" + folder.resolve("service.db")).port(0).build().start();
        SyncClient a = device(folder, "a", server);
        SyncClient b = device(folder, "b", server)) {
      OfflineTable<Item> onA = a.table(ItemTable.DEFINITION);
      Item marker = Items.local(0);
      onA.insert(marker);
      a.push();
      BlockingQueue<String> seen = new ArrayBlockingQueue<>(1024);
      Subscription screen = b.table(ItemTable.DEFINITION).observe(marker.id(),
          (Optional<Item> item) -> item.ifPresent(now -> seen.offer(now.title())));
      Subscription auto = b.startAutoSync(options);
      await(seen, marker.title());
      long[] latencies = new long[changes];
      for (int i = 0; i < changes; i++) {
        if (!options.changeFeed()) {
          Thread.sleep(RANDOM.nextLong(options.pollInterval().toMillis()));
        }
        String title = "change " + i;
        long start = System.nanoTime();
        onA.update(withTitle(onA.get(marker.id()).orElseThrow(), title));
        a.push();
        await(seen, title);
        latencies[i] = System.nanoTime() - start;
      }
      auto.cancel();
      screen.cancel();
      return latencies;
    } finally {
      StoreFiles.delete(folder);
    }
  }

  private static SyncClient device(Path folder, String name, DatasyncServer server) {
    return SyncClient.builder().store(folder.resolve(name + ".db")).tables(ItemTable.DEFINITION)
        .endpoint(server.uri()).build();
  }

  private static Item withTitle(Item item, String title) {
    return new Item(item.id(), title, item.description(), item.complete(), item.priority(), item.quantity(),
        item.price(), item.category(), item.dueDate(), item.updatedAt(), item.version());
  }

  /** Waits for B's screen to show this title, within the bound. */
  private static void await(BlockingQueue<String> seen, String title) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (true) {
      String shown = seen.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (title.equals(shown)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Device B did not show '" + title + "' within " + BOUND);
      }
    }
  }

  private static void print(PrintStream out, String mode, long[] nanos) {
    out.printf(Locale.ROOT, "%-34s changes %5d  p50 %7.1f  p99 %7.1f  max %7.1f%n", mode, nanos.length,
        percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, percentile(nanos, 100) / 1e6);
  }

  /** The nearest-rank percentile. */
  static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
