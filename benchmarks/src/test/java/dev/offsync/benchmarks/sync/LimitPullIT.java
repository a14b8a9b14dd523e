package dev.offsync.benchmarks.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.micro.StoreFiles;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull limit does the same work as Offsync's pull: from the same server it fetches as many pages and
 * stores the same rows.
 */
class LimitPullIT {

  private static final int RECORDS = 257;
  private static final int PAGE_SIZE = 50;

  @Test
  void theLimitStoresWhatAPullStores(@TempDir Path folder) throws Exception {
    try (BenchService service = BenchService.preloaded(RECORDS, PAGE_SIZE)) {
      Path limitStore = folder.resolve("limit");
      java.nio.file.Files.createDirectories(limitStore);
      LimitPull.Pulled pulled;
      try (Connection connection = StoreFiles.rawConnection(limitStore)) {
        pulled = LimitPull.pull(service.uri(), connection);
      }
      assertThat(pulled.items()).isEqualTo(RECORDS);
      assertThat(pulled.requests()).isEqualTo(6);
      Path pullStore = folder.resolve("pull");
      java.nio.file.Files.createDirectories(pullStore);
      try (SyncClient client = SyncClient.builder().store(pullStore.resolve("store.db"))
          .tables(ItemTable.DEFINITION).endpoint(service.uri()).build()) {
        assertThat(client.table(ItemTable.DEFINITION).pull().requests()).isEqualTo(pulled.requests());
      }

      assertThat(items(limitStore)).isEqualTo(Items.stored(0, RECORDS)).isEqualTo(items(pullStore));
    }
  }

  private static java.util.List<Item> items(Path store) {
    try (SyncClient client = StoreFiles.client(store)) {
      OfflineTable<Item> table = client.table(ItemTable.DEFINITION);
      return table.query().list();
    }
  }
}
