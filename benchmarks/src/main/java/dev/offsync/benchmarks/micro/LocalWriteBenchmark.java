package dev.offsync.benchmarks.micro;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Inserting {@code rows} new items into an empty store file, each with its queue operation: through the
 * offline table (one call per item, or {@code insertAll} in one transaction), through a reflective DAO (the
 * baseline) and with raw JDBC batches (the limit). Each measured operation is one whole load of
 * {@code rows} items into a fresh file.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class LocalWriteBenchmark {

  /** The items to insert. */
  @State(Scope.Benchmark)
  public static class Rows {
    @Param("10000")
    public int rows;
    List<Item> items;

    @Setup
    public void setUp() {
      items = Items.local(0, rows);
    }
  }

  /** A fresh Offsync store per iteration. */
  @State(Scope.Thread)
  public static class OffsyncStore {
    Path folder;
    SyncClient client;
    OfflineTable<Item> table;

    @Setup(Level.Iteration)
    public void open() {
      folder = StoreFiles.newFolder();
      client = StoreFiles.client(folder);
      table = client.table(ItemTable.DEFINITION);
    }

    @TearDown(Level.Iteration)
    public void close() {
      client.close();
      StoreFiles.delete(folder);
    }
  }

  /** A fresh store file with Offsync's schema and a raw connection to it, per iteration. */
  @State(Scope.Thread)
  public static class JdbcStore {
    Path folder;
    Connection connection;

    @Setup(Level.Iteration)
    public void open() throws SQLException {
      folder = StoreFiles.newFolder();
      connection = StoreFiles.rawConnection(folder);
    }

    @TearDown(Level.Iteration)
    public void close() throws SQLException {
      connection.close();
      StoreFiles.delete(folder);
    }
  }

  @Benchmark
  public int offsyncInsert(Rows rows, OffsyncStore store) {
    for (Item item : rows.items) {
      store.table.insert(item);
    }
    return rows.items.size();
  }

  @Benchmark
  public int offsyncInsertAll(Rows rows, OffsyncStore store) {
    return store.table.insertAll(rows.items).size();
  }

  @Benchmark
  public int reflectiveDao(Rows rows, JdbcStore store) throws SQLException, JsonProcessingException {
    new ReflectiveDao<>(store.connection, "items", Item.class).insertAll(rows.items);
    return rows.items.size();
  }

  @Benchmark
  public int rawJdbcBatch(Rows rows, JdbcStore store) throws SQLException {
    RawJdbc.insertAll(store.connection, rows.items);
    return rows.items.size();
  }
}
