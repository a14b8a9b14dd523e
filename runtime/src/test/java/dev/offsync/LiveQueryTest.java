package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.testing.Deliveries;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live queries through the public API, on a real SQLite file: deliveries, coalescing, listeners, cancel. */
class LiveQueryTest {

  @TempDir
  Path folder;

  private SyncClient client;
  private OfflineTable<Todo> todos;

  @BeforeEach
  void open() {
    client = TestClients.open(folder.resolve("store.db"), TodoTable.DEFINITION);
    todos = client.table(TodoTable.DEFINITION);
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static List<String> titles(List<Todo> items) {
    return items.stream().map(Todo::title).toList();
  }

  @Test
  void deliversTheCurrentResultAtOnceAndEachChangeAfterIt() {
    todos.insert(Todo.of("a", "Milk"));
    Deliveries<List<Todo>> seen = new Deliveries<>();
    try (Subscription subscription = todos.query().where(TodoTable.COMPLETE.isFalse()).observe(seen)) {
      assertThat(titles(seen.awaitLast(items -> true))).containsExactly("Milk");
      todos.insert(Todo.of("b", "Bread"));
      assertThat(titles(seen.awaitLast(items -> items.size() == 2))).containsExactly("Milk", "Bread");
      todos.update(Todo.of("a", "Milk").withComplete(true));
      assertThat(titles(seen.awaitLast(items -> items.size() == 1))).containsExactly("Bread");
      assertThat(subscription.isActive()).isTrue();
    }
    assertThat(seen.threads()).allMatch(name -> name.startsWith("offsync-live-listener-"));
  }

  @Test
  void deliversOnlyWhenTheResultChanged() {
    Deliveries<List<Todo>> seen = new Deliveries<>();
    todos.query().where(TodoTable.PRIORITY.eq(1)).observe(seen);
    seen.awaitCount(1);
    // Changes to rows outside the result re-run the query but deliver nothing.
    for (int i = 0; i < 20; i++) {
      todos.insert(Todo.of("x" + i, "Other"));
    }
    todos.insert(Todo.of("p", "Wanted").withPriority(1));
    seen.awaitLast(items -> items.size() == 1);
    assertThat(seen.all()).hasSize(2);
    assertThat(seen.all().get(0)).isEmpty();
  }

  @Test
  void observesOneItemAppearingChangingAndDisappearing() {
    Deliveries<Optional<Todo>> seen = new Deliveries<>();
    todos.observe("a", seen);
    assertThat(seen.awaitLast(item -> true)).isEmpty();
    todos.insert(Todo.of("a", "Milk"));
    assertThat(seen.awaitLast(Optional::isPresent).get().title()).isEqualTo("Milk");
    todos.insert(Todo.of("b", "Bread"));
    todos.update(Todo.of("a", "Oat milk"));
    assertThat(seen.awaitLast(item -> item.map(Todo::title).orElse("").equals("Oat milk"))).isPresent();
    todos.delete("a");
    seen.awaitLast(Optional::isEmpty);
    assertThat(seen.all()).extracting(item -> item.map(Todo::title).orElse("-"))
        .containsExactly("-", "Milk", "Oat milk", "-");
  }

  @Test
  void aSlowListenerBlocksNeitherWritersNorOtherListenersAndGetsOnlyTheNewestResult() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> slowSizes = new ArrayList<>();
    CountDownLatch slowStarted = new CountDownLatch(1);
    todos.query().observe(items -> {
      synchronized (slowSizes) {
        slowSizes.add(items.size());
      }
      slowStarted.countDown();
      await(release);
    });
    Deliveries<List<Todo>> fast = new Deliveries<>();
    todos.query().observe(fast);
    assertThat(slowStarted.await(20, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 200; i++) {
      todos.insert(Todo.of("i" + i, "Item " + i));
    }
    fast.awaitLast(items -> items.size() == 200);
    release.countDown();
    awaitCondition(() -> {
      synchronized (slowSizes) {
        return slowSizes.get(slowSizes.size() - 1) == 200;
      }
    });
    synchronized (slowSizes) {
      // The first result, at most two it had not taken while blocked, the last: never one per write.
      assertThat(slowSizes.size()).isBetween(2, 4);
    }
  }

  @Test
  void aThrowingListenerStaysSubscribedAndOthersStillReceive() {
    Deliveries<List<Todo>> thrower = new Deliveries<>();
    todos.query().observe(items -> {
      thrower.accept(items);
      throw new IllegalStateException("listener bug");
    });
    Deliveries<List<Todo>> other = new Deliveries<>();
    todos.query().observe(other);
    todos.insert(Todo.of("a", "Milk"));
    other.awaitLast(items -> items.size() == 1);
    thrower.awaitLast(items -> items.size() == 1);
    todos.insert(Todo.of("b", "Bread"));
    thrower.awaitLast(items -> items.size() == 2);
  }

  @Test
  void cancelStopsDeliveries() {
    Deliveries<List<Todo>> cancelled = new Deliveries<>();
    Subscription subscription = todos.query().observe(cancelled);
    cancelled.awaitCount(1);
    subscription.cancel();
    assertThat(subscription.isActive()).isFalse();
    Deliveries<List<Todo>> witness = new Deliveries<>();
    todos.query().observe(witness);
    todos.insert(Todo.of("a", "Milk"));
    // The witness, subscribed after the cancel, saw the insert: the cancelled one never will.
    witness.awaitLast(items -> items.size() == 1);
    assertThat(cancelled.all()).containsExactly(List.of());
  }

  @Test
  void closingTheClientStopsEveryObservationAndEndsItsThreads() throws Exception {
    int before = liveThreads().size();
    Deliveries<List<Todo>> seen = new Deliveries<>();
    Subscription subscription = todos.query().observe(seen);
    todos.insert(Todo.of("a", "Milk"));
    seen.awaitLast(items -> items.size() == 1);
    assertThat(liveThreads().size()).isGreaterThan(before);
    client.close();
    assertThat(subscription.isActive()).isFalse();
    for (Thread thread : liveThreads()) {
      thread.join(TimeUnit.SECONDS.toMillis(20));
    }
    assertThat(liveThreads()).isEmpty();
    assertThatThrownBy(() -> todos.query().observe(items -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void runsQueriesOnTheExecutorTheApplicationChose() throws Exception {
    ExecutorService chosen = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "app-queries"));
    try (SyncClient own = SyncClient.builder().store(folder.resolve("own.db")).tables(TodoTable.DEFINITION)
        .liveQueryExecutor(chosen).build()) {
      AtomicReference<String> queryThread = new AtomicReference<>();
      OfflineTable<Todo> table = own.table(TodoTable.DEFINITION);
      Deliveries<List<Todo>> seen = new Deliveries<>();
      own.table(TodoTable.DEFINITION).query().observe(seen);
      chosen.submit(() -> queryThread.set(Thread.currentThread().getName())).get();
      table.insert(Todo.of("a", "Milk"));
      seen.awaitLast(items -> items.size() == 1);
      assertThat(queryThread.get()).isEqualTo("app-queries");
    } finally {
      chosen.shutdownNow();
    }
    assertThat(chosen.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void thePublisherSendsOnlyWhatWasRequestedAndThenTheNewestResult() {
    Deliveries<List<Todo>> seen = new Deliveries<>();
    AtomicReference<Flow.Subscription> handle = new AtomicReference<>();
    todos.query().publisher().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        handle.set(subscription);
        subscription.request(1);
      }

      @Override
      public void onNext(List<Todo> item) {
        seen.accept(item);
      }

      @Override
      public void onError(Throwable throwable) {
        throw new AssertionError(throwable);
      }

      @Override
      public void onComplete() {
        throw new AssertionError("a live query never completes by itself");
      }
    });
    seen.awaitCount(1);
    todos.insert(Todo.of("a", "Milk"));
    todos.insert(Todo.of("b", "Bread"));
    // Nothing more was requested: a witness shows the change went through, the subscriber got nothing.
    Deliveries<List<Todo>> witness = new Deliveries<>();
    todos.query().observe(witness);
    witness.awaitLast(items -> items.size() == 2);
    assertThat(seen.count()).isEqualTo(1);
    handle.get().request(5);
    assertThat(titles(seen.awaitLast(items -> items.size() == 2))).containsExactly("Milk", "Bread");
    handle.get().cancel();
  }

  private static List<Thread> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("offsync-live-") && thread.isAlive())
        .toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 2_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
