package dev.offsync.testing.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.internal.store.sqlite.SqliteStore;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import dev.offsync.query.Filter;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.RowQuery;
import dev.offsync.testing.InMemoryStore;
import dev.offsync.testing.contract.Todo;
import dev.offsync.testing.contract.TodoTable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory store evaluates filters itself; random filters, orders and pages over a model with every
 * column type select exactly the rows the SQLite store's SQL selects. Set {@code OFFSYNC_STORE_SEED} to try
 * other seeds; a failure names the seed and the case.
 */
class InMemoryQueryTest {

  private static final long FIXED_SEED = 20240601L;
  private static final int ROWS = 70;
  private static final int CASES = 800;
  private static final List<TableDefinition<?>> TABLES = List.of(SampleTable.DEFINITION);

  @TempDir
  Path folder;

  @Test
  void randomQueriesSelectTheSameRowsOnBothStores() {
    long seed = RandomSamples.seed(FIXED_SEED);
    RandomSamples random = new RandomSamples(new Random(seed));
    try (LocalStore sqlite = SqliteStore.open(SqliteStoreConfig.file(folder.resolve("s.db")), TABLES,
            Clock.systemUTC());
        LocalStore memory = InMemoryStore.create().open(TABLES, Clock.systemUTC())) {
      List<Sample> rows = new ArrayList<>();
      for (int i = 0; i < ROWS; i++) {
        rows.add(random.row(i));
      }
      fill(sqlite, rows);
      fill(memory, rows);
      for (int i = 0; i < CASES; i++) {
        Filter filter = random.filter(3);
        RowQuery query = RowQuery.all().where(filter);
        if (i % 3 == 0) {
          query = query.thenOrderBy(random.orderings()).withSkip(i % 7).withTop(5 + i % 11);
        }
        String context = "seed " + seed + ", case " + i + ": " + query;
        assertThat(ids(memory, query)).as(context).isEqualTo(ids(sqlite, query));
        assertThat(count(memory, query)).as(context).isEqualTo(count(sqlite, query));
      }
    }
  }

  @Test
  void everyColumnTypeReadsBackEqual() {
    RandomSamples random = new RandomSamples(new Random(7));
    try (LocalStore memory = InMemoryStore.create().open(TABLES, Clock.systemUTC())) {
      List<Sample> rows = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        rows.add(random.row(i));
      }
      fill(memory, rows);
      for (Sample row : rows) {
        Optional<Decoded<Sample>> read = memory.read(tx -> tx.find(SampleTable.DEFINITION, row.id()));
        assertThat(read.orElseThrow().entity()).usingRecursiveComparison().isEqualTo(row);
      }
    }
  }

  private static void fill(LocalStore store, List<Sample> rows) {
    store.write(tx -> {
      rows.forEach(row -> tx.insertRow(SampleTable.DEFINITION, row, SystemProperties.local(row.id())));
      return null;
    });
  }

  private static List<String> ids(LocalStore store, RowQuery query) {
    return store.read(tx -> {
      try (Stream<Decoded<Sample>> rows = tx.query(SampleTable.DEFINITION, query)) {
        return rows.map(row -> row.system().id()).toList();
      }
    });
  }

  private static long count(LocalStore store, RowQuery query) {
    return store.<Long>read(tx -> tx.count(SampleTable.DEFINITION, query));
  }
}
