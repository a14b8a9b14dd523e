package dev.offsync.benchmarks.micro;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A query on an indexed column ({@code category}, one in {@link Items#CATEGORIES}) of a table of {@code rows}
 * items, in id order: the typed local query, a reflective DAO (the baseline) and raw JDBC mapping by hand
 * (the limit), all on the same store file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LocalQueryBenchmark {

  @Param("10000")
  public int rows;

  private Path folder;
  private SyncClient client;
  private OfflineTable<Item> table;
  private Connection connection;
  private ReflectiveDao<Item> dao;
  private int next;

  /** Fills a store with {@code rows} items; the client and a raw connection share it (WAL readers). */
  @Setup
  public void setUp() throws SQLException {
    folder = StoreFiles.newFolder();
    client = StoreFiles.client(folder);
    table = client.table(ItemTable.DEFINITION);
    table.insertAll(Items.local(0, rows));
    connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("store.db"));
    dao = new ReflectiveDao<>(connection, "items", Item.class);
  }

  @TearDown
  public void tearDown() throws SQLException {
    connection.close();
    client.close();
    StoreFiles.delete(folder);
  }

  /** The next category to ask for, so no contender reads the same rows twice in a row. */
  private String category() {
    next = (next + 1) % Items.CATEGORIES;
    return Items.category(next);
  }

  @Benchmark
  public List<Item> offsyncQuery() {
    return table.query().where(ItemTable.CATEGORY.eq(category())).list();
  }

  @Benchmark
  public List<Item> reflectiveDao() throws SQLException {
    return dao.where("category", category());
  }

  @Benchmark
  public List<Item> rawJdbc() throws SQLException {
    return RawJdbc.byCategory(connection, category());
  }
}
