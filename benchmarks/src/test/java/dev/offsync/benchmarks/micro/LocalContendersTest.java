package dev.offsync.benchmarks.micro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local contenders do the same work: rows and queue operations that Offsync itself reads back alike,
 * and queries that find the same items.
 */
class LocalContendersTest {

  private static final int ROWS = 120;

  @Test
  void rawJdbcStoresWhatOffsyncStores(@TempDir Path folder) throws Exception {
    try (Connection connection = StoreFiles.rawConnection(folder)) {
      RawJdbc.insertAll(connection, Items.local(0, ROWS));
      assertThat(RawJdbc.byCategory(connection, "c3")).isEqualTo(expectedCategory3());
    }
    assertStoredAsOffsyncWould(folder);
  }

  @Test
  void theReflectiveDaoStoresWhatOffsyncStores(@TempDir Path folder) throws Exception {
    try (Connection connection = StoreFiles.rawConnection(folder)) {
      ReflectiveDao<Item> dao = new ReflectiveDao<>(connection, "items", Item.class);
      dao.insertAll(Items.local(0, ROWS));
      assertThat(dao.where("category", "c3")).isEqualTo(expectedCategory3());
    }
    assertStoredAsOffsyncWould(folder);
  }

  @Test
  void offsyncInsertAllAndInsertAgree(@TempDir Path folder) {
    try (SyncClient client = StoreFiles.client(folder)) {
      OfflineTable<Item> table = client.table(ItemTable.DEFINITION);
      table.insertAll(Items.local(0, ROWS / 2));
      Items.local(ROWS / 2, ROWS / 2).forEach(table::insert);
      assertThat(table.query().where(ItemTable.CATEGORY.eq("c3")).list()).isEqualTo(expectedCategory3());
    }
    assertStoredAsOffsyncWould(folder);
  }

  private static void assertStoredAsOffsyncWould(Path folder) {
    try (SyncClient client = StoreFiles.client(folder)) {
      OfflineTable<Item> table = client.table(ItemTable.DEFINITION);
      assertThat(table.query().list()).isEqualTo(Items.local(0, ROWS));
      assertThat(table.pendingOperations()).hasSize(ROWS)
          .allSatisfy(op -> assertThat(op.kind()).hasToString("INSERT"));
    }
  }

  private static List<Item> expectedCategory3() {
    return Items.local(0, ROWS).stream().filter(item -> item.category().equals("c3")).toList();
  }
}
