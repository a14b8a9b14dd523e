package dev.offsync.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.errors.StoreException;
import dev.offsync.query.Filter;
import dev.offsync.query.Ordering;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.LocalStoreFactory;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.RowQuery;
import dev.offsync.testing.contract.ContractTables;
import dev.offsync.testing.contract.Tag;
import dev.offsync.testing.contract.TagTable;
import dev.offsync.testing.contract.Todo;
import dev.offsync.testing.contract.TodoTable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LocalStore}, run against every implementation: rows by definition, atomic
 * serialized writes, snapshot reads, the operations queue, delta tokens and the schema record. Offsync's
 * SQLite store and {@link InMemoryStore} pass it; a store of your own proves itself by a JUnit 5 test class
 * that extends this one and supplies a factory for a fresh, empty store that can be closed and opened again:
 *
 * <pre>{@code
 * class MyStoreContractTest extends LocalStoreContract {
 *   @TempDir Path folder;
 *
 *   @Override
 *   protected LocalStoreFactory newStore() {
 *     Path file = folder.resolve("store.bin");
 *     return (tables, clock) -> MyStore.open(file, tables, clock);
 *   }
 * }
 * }</pre>
 *
 * <p>The tables are {@link dev.offsync.testing.contract}'s models. Each test opens the store in
 * {@code @BeforeEach} and closes it in {@code @AfterEach}.
 */
public abstract class LocalStoreContract {

  static final Instant T1 = Instant.parse("2024-05-06T07:08:09.123Z");
  static final List<TableDefinition<?>> TABLES = List.of(TodoTable.DEFINITION, TagTable.DEFINITION);

  /** A factory for one fresh store; each call of {@code open} opens that same store again. */
  protected abstract LocalStoreFactory newStore();

  private LocalStoreFactory factory;
  private LocalStore store;

  @BeforeEach
  public void open() {
    factory = newStore();
    store = factory.open(TABLES, Clock.systemUTC());
  }

  @AfterEach
  public void close() {
    store.close();
  }

  static SystemProperties system(String id, Instant updatedAt, String version) {
    return new SystemProperties(id, updatedAt, version, false);
  }

  void insert(Todo todo, SystemProperties system) {
    store.write(tx -> {
      tx.insertRow(TodoTable.DEFINITION, todo, system);
      return null;
    });
  }

  Optional<Decoded<Todo>> find(String id) {
    return store.read(tx -> tx.find(TodoTable.DEFINITION, id));
  }

  static QueuedOperation operation(String table, String id) {
    return QueuedOperation.create(table, id, OperationKind.INSERT, "{\"id\":\"" + id + "\"}", null, null, T1);
  }

  @Test
  public void anOpenedStoreRecordsEachTablesSchemaHash() {
    store.read(tx -> {
      assertThat(tx.schemaHash("todoitems")).contains(TodoTable.DEFINITION.schemaHash());
      assertThat(tx.schemaHash("tags")).contains(TagTable.DEFINITION.schemaHash());
      assertThat(tx.schemaHash("missing")).isEmpty();
      return null;
    });
  }

  @Test
  public void rowsReadBackAsWrittenWithTheirSystemProperties() {
    Todo todo = new Todo("a", "Milk", true, 3, "local note", null, null);
    insert(todo, system("a", T1, "v1"));

    Decoded<Todo> read = find("a").orElseThrow();
    assertThat(read.system()).isEqualTo(system("a", T1, "v1"));
    assertThat(read.entity()).isEqualTo(todo.withSystem(T1, "v1"));
    assertThat(find("b")).isEmpty();
  }

  @Test
  public void replaceChangesEveryColumnAndDeleteRemovesTheRow() {
    insert(new Todo("a", "Milk", false, 1, "n", null, null), system("a", null, null));

    boolean replaced = store.write(tx -> tx.replaceRow(TodoTable.DEFINITION,
        new Todo("a", "Oat milk", true, 2, "other", null, null), system("a", T1, "v2")));
    boolean missing = store.write(tx -> tx.replaceRow(TodoTable.DEFINITION, Todo.of("zz", "x"),
        system("zz", null, null)));

    assertThat(replaced).isTrue();
    assertThat(missing).isFalse();
    assertThat(find("a").orElseThrow().entity()).isEqualTo(new Todo("a", "Oat milk", true, 2, "other", T1, "v2"));
    assertThat(store.<Boolean>write(tx -> tx.deleteRow(TodoTable.DEFINITION, "a"))).isTrue();
    assertThat(store.<Boolean>write(tx -> tx.deleteRow(TodoTable.DEFINITION, "a"))).isFalse();
    assertThat(find("a")).isEmpty();
  }

  @Test
  public void aServerCopyKeepsLocalOnlyColumnsAndSystemPropertiesChangeAlone() {
    insert(new Todo("a", "Milk", false, 1, "mine", null, null), system("a", null, null));

    store.write(tx -> {
      tx.mergeServerRow(TodoTable.DEFINITION, new Todo("a", "Server", true, 9, null, T1, "v1"),
          system("a", T1, "v1"));
      tx.mergeServerRow(TodoTable.DEFINITION, new Todo("b", "New", false, 0, null, T1, "v1"),
          system("b", T1, "v1"));
      return null;
    });
    assertThat(find("a").orElseThrow().entity()).isEqualTo(new Todo("a", "Server", true, 9, "mine", T1, "v1"));
    assertThat(find("b").orElseThrow().entity().title()).isEqualTo("New");

    Instant later = T1.plusSeconds(1);
    assertThat(store.<Boolean>write(tx -> tx.updateSystemProperties(TodoTable.DEFINITION, system("a", later, "v2"))))
        .isTrue();
    assertThat(store.<Boolean>write(tx -> tx.updateSystemProperties(TodoTable.DEFINITION, system("x", later, "v2"))))
        .isFalse();
    assertThat(find("a").orElseThrow().entity()).isEqualTo(new Todo("a", "Server", true, 9, "mine", later, "v2"));
  }

  @Test
  public void aWriteThatThrowsLeavesNothingBehind() {
    insert(Todo.of("keep", "Keep"), system("keep", null, null));

    assertThatThrownBy(() -> store.write(tx -> {
      tx.insertRow(TodoTable.DEFINITION, Todo.of("a", "A"), system("a", null, null));
      tx.deleteRow(TodoTable.DEFINITION, "keep");
      tx.addOperation(operation("todoitems", "a"));
      tx.putDeltaToken("todoitems", "q", "t1");
      assertThat(tx.find(TodoTable.DEFINITION, "a")).isPresent();
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    store.read(tx -> {
      assertThat(tx.find(TodoTable.DEFINITION, "a")).isEmpty();
      assertThat(tx.find(TodoTable.DEFINITION, "keep")).isPresent();
      assertThat(tx.operations(OperationFilter.all())).isEmpty();
      assertThat(tx.deltaToken("todoitems", "q")).isEmpty();
      return null;
    });
  }

  @Test
  public void insertingAnExistingIdIsAStoreErrorAndRollsBack() {
    insert(Todo.of("a", "A"), system("a", null, null));

    assertThatThrownBy(() -> store.write(tx -> {
      tx.putDeltaToken("tags", "q", "t");
      tx.insertRow(TodoTable.DEFINITION, Todo.of("a", "again"), system("a", null, null));
      return null;
    })).isInstanceOf(StoreException.class);
    assertThat(find("a").orElseThrow().entity().title()).isEqualTo("A");
    assertThat(store.<Optional<String>>read(tx -> tx.deltaToken("tags", "q"))).isEmpty();
  }

  @Test
  public void aReadSeesOneCommittedStateForItsWholeLife() {
    insert(Todo.of("a", "A"), system("a", null, null));
    try (ReadTransaction before = store.beginRead()) {
      assertThat(before.count(TodoTable.DEFINITION, RowQuery.all())).isOne();
      insert(Todo.of("b", "B"), system("b", null, null));
      store.write(tx -> tx.addOperation(operation("todoitems", "b")));

      assertThat(before.find(TodoTable.DEFINITION, "b")).isEmpty();
      assertThat(before.count(TodoTable.DEFINITION, RowQuery.all())).isOne();
      assertThat(before.operations(OperationFilter.all())).isEmpty();
    }
    assertThat(find("b")).isPresent();
  }

  @Test
  public void readsNeitherWaitForNorSeeAWriteInProgress() throws Exception {
    insert(Todo.of("a", "A"), system("a", null, null));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> write = writer.submit(() -> store.write(tx -> {
        tx.insertRow(TodoTable.DEFINITION, Todo.of("b", "B"), system("b", null, null));
        inside.countDown();
        await(release);
        return null;
      }));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(find("b")).isEmpty();
      assertThat(store.<Long>read(tx -> tx.count(TodoTable.DEFINITION, RowQuery.all()))).isOne();

      release.countDown();
      write.get(10, TimeUnit.SECONDS);
      assertThat(find("b")).isPresent();
    } finally {
      release.countDown();
      writer.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  public void concurrentWritesAreSerializedAndNoneIsLost() throws Exception {
    int threads = 4;
    int increments = 25;
    store.write(tx -> {
      tx.putDeltaToken("tags", "counter", "0");
      return null;
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < increments; i++) {
            store.write(tx -> {
              int value = Integer.parseInt(tx.deltaToken("tags", "counter").orElseThrow());
              tx.putDeltaToken("tags", "counter", String.valueOf(value + 1));
              return null;
            });
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.<Optional<String>>read(tx -> tx.deltaToken("tags", "counter"))).contains(String.valueOf(threads * increments));
  }

  @Test
  public void aWriteCannotBeOpenedInsideAnotherOnOneThread() {
    assertThatThrownBy(() -> store.write(outer -> store.write(inner -> null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("nested");
    assertThat(store.<String>write(tx -> "still usable")).isEqualTo("still usable");
  }

  @Test
  public void operationsGetIncreasingSequencesNeverReused() {
    long a = store.write(tx -> tx.addOperation(operation("todoitems", "a")));
    long b = store.write(tx -> tx.addOperation(operation("tags", "b")));
    store.write(tx -> tx.removeOperation(b));
    long c = store.write(tx -> tx.addOperation(operation("todoitems", "c")));

    assertThat(b).isGreaterThan(a);
    assertThat(c).isGreaterThan(b);
    store.read(tx -> {
      assertThat(tx.operation(b)).isEmpty();
      assertThat(tx.operation("todoitems", "c").orElseThrow().sequence()).isEqualTo(c);
      assertThat(tx.operation(a).orElseThrow().itemId()).isEqualTo("a");
      assertThat(tx.operations(OperationFilter.all())).extracting(QueuedOperation::sequence).containsExactly(a, c);
      return null;
    });
  }

  @Test
  public void theQueueIsSelectedByTableStateAndLimitInSequenceOrder() {
    long a = store.write(tx -> tx.addOperation(operation("todoitems", "a")));
    store.write(tx -> tx.addOperation(operation("tags", "t")));
    long b = store.write(tx -> tx.addOperation(operation("todoitems", "b")));
    long c = store.write(tx -> tx.addOperation(operation("todoitems", "c")));
    store.write(tx -> {
      QueuedOperation failed = tx.operation(b).orElseThrow().failed(412, "conflict", "{}", T1);
      tx.updateOperation(failed);
      return null;
    });

    store.read(tx -> {
      Set<OperationState> sendable = EnumSet.of(OperationState.PENDING, OperationState.ATTEMPTED);
      assertThat(tx.operations(new OperationFilter(Set.of("todoitems"), sendable, 10)))
          .extracting(QueuedOperation::sequence).containsExactly(a, c);
      assertThat(tx.operations(new OperationFilter(Set.of(), EnumSet.allOf(OperationState.class), 2)))
          .extracting(QueuedOperation::itemId).containsExactly("a", "t");
      QueuedOperation failed = tx.operation("todoitems", "b").orElseThrow();
      assertThat(failed.state()).isEqualTo(OperationState.FAILED);
      assertThat(failed.httpStatus()).isEqualTo(412);
      assertThat(failed.serverItem()).isEqualTo("{}");
      assertThat(tx.operationCounts()).isEqualTo(Map.of("todoitems", 3L, "tags", 1L));
      return null;
    });
    assertThat(store.<Long>write(tx -> tx.removeOperations("todoitems"))).isEqualTo(3);
    assertThat(store.read(ReadTransaction::operationCounts)).isEqualTo(Map.of("tags", 1L));
  }

  @Test
  public void anOperationKeepsEveryField() {
    QueuedOperation original = new QueuedOperation(0, "todoitems", "a", OperationKind.UPDATE, "{\"x\":1}", "v1",
        OperationState.ATTEMPTED, 2, 500, "oops", "{\"base\":1}", "{\"server\":1}", 7, T1, T1.plusMillis(5),
        "[{\"x\":0}]");
    long sequence = store.write(tx -> tx.addOperation(original));

    QueuedOperation read = store.read(tx -> tx.operation(sequence)).orElseThrow();
    assertThat(read).isEqualTo(new QueuedOperation(sequence, "todoitems", "a", OperationKind.UPDATE, "{\"x\":1}",
        "v1", OperationState.ATTEMPTED, 2, 500, "oops", "{\"base\":1}", "{\"server\":1}", 7, T1, T1.plusMillis(5),
        "[{\"x\":0}]"));
  }

  @Test
  public void queueMisusesAreRefused() {
    store.write(tx -> tx.addOperation(operation("todoitems", "a")));

    assertThatThrownBy(() -> store.write(tx -> tx.addOperation(operation("todoitems", "a"))))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> store.write(tx -> {
      tx.updateOperation(operation("todoitems", "zz"));
      return null;
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.<Boolean>write(tx -> tx.removeOperation(424242))).isFalse();
  }

  @Test
  public void deltaTokensArePerTableAndQuery() {
    store.write(tx -> {
      tx.putDeltaToken("todoitems", "all", "t1");
      tx.putDeltaToken("todoitems", "open", "t2");
      tx.putDeltaToken("tags", "all", "t3");
      tx.putDeltaToken("todoitems", "all", "t4");
      return null;
    });
    store.read(tx -> {
      assertThat(tx.deltaToken("todoitems", "all")).contains("t4");
      assertThat(tx.deltaTokens("todoitems")).isEqualTo(Map.of("all", "t4", "open", "t2"));
      return null;
    });
    assertThat(store.<Boolean>write(tx -> tx.removeDeltaToken("todoitems", "open"))).isTrue();
    assertThat(store.<Boolean>write(tx -> tx.removeDeltaToken("todoitems", "open"))).isFalse();
    assertThat(store.<Long>write(tx -> tx.removeDeltaTokens("todoitems"))).isOne();
    assertThat(store.<Map<String, String>>read(tx -> tx.deltaTokens("tags"))).isEqualTo(Map.of("all", "t3"));
  }

  @Test
  public void queriesFilterOrderAndPageWithTiesById() {
    insert(new Todo("d", "b", false, 2, null, null, null), system("d", null, null));
    insert(new Todo("a", "b", true, 1, null, null, null), system("a", T1, "v"));
    insert(new Todo("c", null, false, 3, null, null, null), system("c", null, null));
    insert(new Todo("b", "a", false, 2, null, null, null), system("b", null, null));

    assertThat(ids(RowQuery.all())).containsExactly("a", "b", "c", "d");
    assertThat(ids(RowQuery.all().thenOrderBy(List.of(TodoTable.TITLE.asc())))).containsExactly("c", "b", "a", "d");
    assertThat(ids(RowQuery.all().thenOrderBy(List.of(TodoTable.TITLE.desc())))).containsExactly("a", "d", "b", "c");
    RowQuery open = RowQuery.all().where(TodoTable.COMPLETE.isFalse())
        .thenOrderBy(List.of(TodoTable.PRIORITY.desc()));
    assertThat(ids(open)).containsExactly("c", "b", "d");
    assertThat(ids(open.withSkip(1).withTop(1))).containsExactly("b");
    assertThat(store.<Long>read(tx -> tx.count(TodoTable.DEFINITION, open.withSkip(1)))).isEqualTo(2);
    assertThat(ids(RowQuery.all().where(TodoTable.TITLE.ne("b")))).containsExactly("b", "c");
    assertThat(ids(RowQuery.all().where(Filter.not(TodoTable.TITLE.gt("a"))))).containsExactly("b", "c");
    assertThat(ids(RowQuery.all().thenOrderBy(List.of(new Ordering<>("updatedAt", true))))).containsExactly("a",
        "b", "c", "d");
  }

  List<String> ids(RowQuery query) {
    return store.read(tx -> {
      try (Stream<Decoded<Todo>> rows = tx.query(TodoTable.DEFINITION, query)) {
        return rows.map(row -> row.system().id()).toList();
      }
    });
  }

  @Test
  public void aStreamEndsWithItsTransaction() {
    insert(Todo.of("a", "A"), system("a", null, null));
    insert(Todo.of("b", "B"), system("b", null, null));
    ReadTransaction read = store.beginRead();
    Stream<Decoded<Todo>> rows = read.query(TodoTable.DEFINITION, RowQuery.all());
    read.close();

    assertThatThrownBy(() -> rows.forEach(row -> { })).isInstanceOf(RuntimeException.class);
  }

  @Test
  public void aTableTheStoreWasNotOpenedWithIsRefused() {
    assertThatThrownBy(() -> store.read(tx -> tx.find(ContractTables.NOTE_V1, "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes");
  }

  @Test
  public void aClosedStoreRefusesEveryCall() {
    ReadTransaction open = store.beginRead();
    store.close();
    store.close();

    assertThatThrownBy(store::beginRead).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> store.write(tx -> null)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> open.find(TodoTable.DEFINITION, "a")).isInstanceOf(StoreException.class);
    open.close();
  }

  @Test
  public void aStoreIsOpenInOneClientAtATimeAndKeepsItsDataBetweenOpens() {
    insert(Todo.of("a", "A"), system("a", null, null));
    store.write(tx -> {
      tx.addOperation(operation("todoitems", "a"));
      tx.putDeltaToken("todoitems", "all", "t1");
      return null;
    });

    assertThatThrownBy(() -> factory.open(TABLES, Clock.systemUTC())).isInstanceOf(StoreException.class);
    store.close();
    store = factory.open(TABLES, Clock.systemUTC());

    assertThat(find("a")).isPresent();
    assertThat(store.<Optional<QueuedOperation>>read(tx -> tx.operation("todoitems", "a"))).isPresent();
    assertThat(store.<Optional<String>>read(tx -> tx.deltaToken("todoitems", "all"))).contains("t1");
  }

  @Test
  public void reopeningWithAChangedDefinitionMigratesRowsQueueAndTokens() {
    store.close();
    store = factory.open(List.of(ContractTables.NOTE_V1), Clock.systemUTC());
    store.write(tx -> {
      tx.insertRow(ContractTables.NOTE_V1, new ContractTables.NoteV1("n1", "first", 5), system("n1", T1, "v"));
      tx.insertRow(ContractTables.NOTE_V1, new ContractTables.NoteV1("n2", "second", 7), system("n2", null, null));
      tx.addOperation(QueuedOperation.create("notes", "n2", OperationKind.INSERT,
          "{\"id\":\"n2\",\"text\":\"second\",\"rank\":7}", null, null, T1));
      tx.putDeltaToken("notes", "all", "token");
      return null;
    });
    store.close();

    store = factory.open(List.of(ContractTables.NOTE_V2), Clock.systemUTC());

    store.read(tx -> {
      assertThat(tx.schemaHash("notes")).contains(ContractTables.NOTE_V2.schemaHash());
      assertThat(tx.find(ContractTables.NOTE_V2, "n1").orElseThrow().entity())
          .isEqualTo(new ContractTables.NoteV2("n1", "first", "5", false));
      assertThat(tx.find(ContractTables.NOTE_V2, "n1").orElseThrow().system()).isEqualTo(system("n1", T1, "v"));
      assertThat(tx.operation("notes", "n2").orElseThrow().item())
          .isEqualTo("{\"id\":\"n2\",\"text\":\"second\",\"rank\":\"7\",\"pinned\":false}");
      assertThat(tx.deltaToken("notes", "all")).contains("token");
      return null;
    });
  }

  @Test
  public void tablesOfOtherDefinitionsAreLeftAlone() {
    store.write(tx -> {
      tx.insertRow(TagTable.DEFINITION, new Tag("red", "#f00"), system("red", null, null));
      return null;
    });
    store.close();
    store = factory.open(List.of(TodoTable.DEFINITION), Clock.systemUTC());
    store.close();
    store = factory.open(TABLES, Clock.systemUTC());

    assertThat(store.read(tx -> tx.find(TagTable.DEFINITION, "red")).orElseThrow().entity())
        .isEqualTo(new Tag("red", "#f00"));
  }
}
