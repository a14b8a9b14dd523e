package dev.offsync.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.InvalidItemException;
import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.SyncClient;
import dev.offsync.TestClients;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.store.QueuedOperation;
import dev.offsync.testing.Tag;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store primitives that push, pull and purge are built on. */
class SyncStoreTest {

  private static final Instant T1 = Instant.parse("2024-01-01T00:00:00.001Z");
  private static final Instant T2 = Instant.parse("2024-01-01T00:00:00.002Z");

  @TempDir
  Path folder;

  private SyncClient client;
  private OfflineTable<Todo> todos;
  private SyncStore sync;

  @BeforeEach
  void open() {
    client = TestClients.open(folder.resolve("store.db"), TodoTable.DEFINITION, TagTable.DEFINITION);
    todos = client.table(TodoTable.DEFINITION);
    sync = TestClients.sync(client);
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void nextOperationsComeInSequenceOrderWithoutFailedOnes() {
    todos.insert(Todo.of("a", "A"));
    client.table(TagTable.DEFINITION).insert(Tag.of("red"));
    todos.insert(Todo.of("b", "B"));
    todos.insert(Todo.of("c", "C"));
    sync.markFailed(operation("b"), 400, "Bad request", null);

    assertThat(sync.nextOperations(Set.of(), 10)).extracting(QueuedOperation::itemId)
        .containsExactly("a", "red", "c");
    assertThat(sync.nextOperations(Set.of("todoitems"), 10)).extracting(QueuedOperation::itemId)
        .containsExactly("a", "c");
    assertThat(sync.nextOperations(Set.of(), 2)).extracting(QueuedOperation::itemId).containsExactly("a", "red");
  }

  @Test
  void markAttemptedCountsAndReturnsTheOperationAsItNowStands() {
    todos.insert(Todo.of("a", "A"));
    QueuedOperation read = operation("a");
    todos.update(Todo.of("a", "A2"));

    QueuedOperation attempted = sync.markAttempted(read).orElseThrow();

    assertThat(attempted.state()).isEqualTo(OperationState.ATTEMPTED);
    assertThat(attempted.attempts()).isOne();
    assertThat(ItemJson.read(TodoTable.DEFINITION, attempted.item()).entity().title()).isEqualTo("A2");
    assertThat(operation("a")).isEqualTo(attempted);
  }

  @Test
  void completeWritesTheServiceCopyKeepsLocalOnlyColumnsAndRemovesTheOperation() {
    todos.insert(Todo.of("a", "Mine").withNote("private"));
    QueuedOperation sent = sync.markAttempted(operation("a")).orElseThrow();

    Completion completion = sync.complete(sent, TestClients.serverJson(TodoTable.DEFINITION,
        Todo.of("a", "As stored").withPriority(7), T1, "v1"));

    assertThat(completion).isEqualTo(Completion.COMPLETED);
    assertThat(client.pendingOperationCount()).isZero();
    assertThat(todos.get("a")).contains(new Todo("a", "As stored", false, 7, "private", T1, "v1"));
  }

  @Test
  void completeKeepsALocalEditMadeWhileTheInsertWasInFlight() {
    todos.insert(Todo.of("a", "First"));
    QueuedOperation sent = sync.markAttempted(operation("a")).orElseThrow();
    todos.update(Todo.of("a", "Edited meanwhile"));
    String serverCopy = TestClients.serverJson(TodoTable.DEFINITION, Todo.of("a", "First"), T1, "v1");

    Completion completion = sync.complete(sent, serverCopy);

    assertThat(completion).isEqualTo(Completion.KEPT_LOCAL_CHANGE);
    assertThat(todos.get("a")).contains(new Todo("a", "Edited meanwhile", false, 0, null, T1, "v1"));
    QueuedOperation remaining = operation("a");
    assertThat(remaining.sequence()).isEqualTo(sent.sequence());
    assertThat(remaining.kind()).isEqualTo(OperationKind.UPDATE);
    assertThat(remaining.version()).isEqualTo("v1");
    assertThat(remaining.base()).isEqualTo(serverCopy);
    assertThat(remaining.state()).isEqualTo(OperationState.PENDING);
    assertThat(remaining.attempts()).isZero();
    assertThat(ItemJson.read(TodoTable.DEFINITION, remaining.item()).entity().title()).isEqualTo("Edited meanwhile");
  }

  @Test
  void completeOfAnInsertDeletedWhileInFlightLeavesADeleteWithTheNewVersion() {
    todos.insert(Todo.of("a", "First"));
    QueuedOperation sent = sync.markAttempted(operation("a")).orElseThrow();
    todos.delete("a");

    Completion completion = sync.complete(sent, TestClients.serverJson(TodoTable.DEFINITION, Todo.of("a", "First"), T1,
        "v1"));

    assertThat(completion).isEqualTo(Completion.KEPT_LOCAL_CHANGE);
    assertThat(operation("a").kind()).isEqualTo(OperationKind.DELETE);
    assertThat(operation("a").version()).isEqualTo("v1");
    assertThat(todos.get("a")).isEmpty();
  }

  @Test
  void completeOfADeleteRemovesItOrTurnsARecreationIntoAnInsert() {
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("a", "A"), T1, "v1");
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("b", "B"), T1, "v1");
    todos.delete("a");
    todos.delete("b");
    QueuedOperation sentA = sync.markAttempted(operation("a")).orElseThrow();
    QueuedOperation sentB = sync.markAttempted(operation("b")).orElseThrow();
    todos.insert(Todo.of("b", "B again"));

    assertThat(sync.complete(sentA, null)).isEqualTo(Completion.COMPLETED);
    assertThat(sync.complete(sentB, null)).isEqualTo(Completion.KEPT_LOCAL_CHANGE);

    assertThat(TestClients.operation(client, "todoitems", "a")).isEmpty();
    assertThat(operation("b").kind()).isEqualTo(OperationKind.INSERT);
    assertThat(operation("b").version()).isNull();
    assertThat(todos.get("b")).map(Todo::title).contains("B again");
  }

  @Test
  void completeOfAnOperationDiscardedMeanwhileWritesNothing() {
    todos.insert(Todo.of("a", "A"));
    QueuedOperation sent = sync.markAttempted(operation("a")).orElseThrow();
    todos.delete("a");
    sync.complete(sync.markAttempted(operation("a")).orElseThrow(), null);

    assertThat(sync.complete(sent, TestClients.serverJson(TodoTable.DEFINITION, Todo.of("a", "A"), T1, "v1")))
        .isEqualTo(Completion.OPERATION_GONE);
    assertThat(todos.get("a")).isEmpty();
  }

  @Test
  void markFailedKeepsTheOperationWithItsErrorAndTheServiceCopy() {
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("a", "A"), T1, "v1");
    todos.update(Todo.of("a", "Mine"));
    QueuedOperation sent = sync.markAttempted(operation("a")).orElseThrow();
    String theirs = TestClients.serverJson(TodoTable.DEFINITION, Todo.of("a", "Theirs"), T2, "v2");

    sync.markFailed(sent, 412, "Precondition failed: version mismatch", theirs);

    QueuedOperation failed = operation("a");
    assertThat(failed.state()).isEqualTo(OperationState.FAILED);
    assertThat(failed.httpStatus()).isEqualTo(412);
    assertThat(failed.serverItem()).isEqualTo(theirs);
    assertThat(failed.version()).isEqualTo("v1");
    assertThat(todos.pendingOperations()).singleElement().satisfies(pending -> {
      assertThat(pending.state()).isEqualTo(OperationState.FAILED);
      assertThat(pending.attempts()).isOne();
      assertThat(pending.lastError()).isEqualTo("Precondition failed: version mismatch");
    });
    assertThat(todos.get("a")).map(Todo::title).contains("Mine");
  }

  @Test
  void aPageUpsertsDeletesSkipsPendingItemsAndStoresItsToken() {
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("kept", "Old").withNote("private"), T1, "v1");
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("gone", "Old"), T1, "v1");
    todos.insert(Todo.of("mine", "Local edit"));

    PageResult result = sync.applyPage(TodoTable.DEFINITION, "all", List.of(
        page(Todo.of("kept", "New"), T2, "v2", false),
        page(Todo.of("gone", "Old"), T2, "v2", true),
        page(Todo.of("mine", "Server's"), T2, "v2", false),
        page(Todo.of("fresh", "Fresh"), T2, "v2", false)), "2024-01-01T00:00:00.002Z");

    assertThat(result).isEqualTo(new PageResult(2, 1, List.of("mine")));
    assertThat(todos.get("kept")).contains(new Todo("kept", "New", false, 0, "private", T2, "v2"));
    assertThat(todos.get("gone")).isEmpty();
    assertThat(todos.get("mine")).map(Todo::title).contains("Local edit");
    assertThat(todos.get("fresh")).isPresent();
    // The token stops just before the skipped item (T2, "mine"), so the next pull fetches it again.
    assertThat(sync.deltaToken("todoitems", "all")).contains("2024-01-01T00:00:00.002Z kept");
    assertThat(sync.deltaToken("todoitems", "other")).isEmpty();
  }

  @Test
  void aPageThatFailsHalfWayAppliesNothingAndKeepsTheOldToken() {
    sync.applyPage(TodoTable.DEFINITION, "all", List.of(page(Todo.of("a", "A"), T1, "v1", false)), "t1");
    Decoded<Todo> withoutId = new Decoded<>(Todo.of("No id"), new SystemProperties(null, T2, "v2", false));

    assertThatThrownBy(() -> sync.applyPage(TodoTable.DEFINITION, "all", List.of(
        page(Todo.of("b", "B"), T2, "v2", false), withoutId), "t2"))
        .isInstanceOf(InvalidItemException.class).hasMessageContaining("has no id");

    assertThat(todos.get("b")).isEmpty();
    assertThat(sync.deltaToken("todoitems", "all")).contains("t1");
  }

  @Test
  void aFailedPageLeavesTheStoreUsableForTheNext() {
    Decoded<Todo> withoutId = new Decoded<>(Todo.of("No id"), new SystemProperties(null, T2, "v2", false));
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> sync.applyPage(TodoTable.DEFINITION, "all", List.of(
          page(Todo.of("b", "B"), T2, "v2", false), withoutId), "t2"))
          .isInstanceOf(InvalidItemException.class);
    }

    PageResult result = sync.applyPage(TodoTable.DEFINITION, "all", List.of(
        page(Todo.of("b", "B"), T2, "v2", false), page(Todo.of("c", "C"), T2, "v2", false)), "t3");

    assertThat(result.upserted()).isEqualTo(2);
    assertThat(todos.query().list()).extracting(Todo::id).containsExactly("b", "c");
    assertThat(sync.deltaToken("todoitems", "all")).contains("t3");
  }

  @Test
  void onlyThePagesOwnTablesPendingOperationsAreSkipped() {
    client.table(TagTable.DEFINITION).insert(new Tag("same", "a tag"));
    todos.insert(Todo.of("mine", "Local"));

    PageResult result = sync.applyPage(TodoTable.DEFINITION, "all", List.of(
        page(Todo.of("same", "Pulled"), T2, "v2", false), page(Todo.of("mine", "Pulled"), T2, "v2", false),
        page(Todo.of("other", "Pulled"), T2, "v2", false)), "t1");

    assertThat(result.skippedIds()).containsExactly("mine");
    assertThat(todos.get("same")).map(Todo::title).contains("Pulled");
    assertThat(todos.get("mine")).map(Todo::title).contains("Local");
  }

  @Test
  void purgeRefusesWhileOperationsArePendingUnlessForced() {
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("a", "A"), T1, "v1");
    todos.insert(Todo.of("b", "B"));
    client.table(TagTable.DEFINITION).insert(Tag.of("red"));
    sync.applyPage(TodoTable.DEFINITION, "all", List.of(), "t1");

    assertThatThrownBy(() -> sync.purge(TodoTable.DEFINITION, false))
        .isInstanceOfSatisfying(PendingOperationsException.class, e -> assertThat(e.count()).isOne())
        .hasMessageContaining("Cannot purge table 'todoitems': it has 1 pending operation.");
    assertThat(todos.query().count()).isEqualTo(2);

    assertThat(sync.purge(TodoTable.DEFINITION, true)).isEqualTo(new PurgeResult(2, 1, 1));
    assertThat(todos.query().count()).isZero();
    assertThat(todos.pendingOperationCount()).isZero();
    assertThat(sync.deltaToken("todoitems", "all")).isEmpty();
    assertThat(client.table(TagTable.DEFINITION).get("red")).isPresent();
    assertThat(client.pendingOperationCount()).isOne();
  }

  @Test
  void purgeWithoutPendingOperationsNeedsNoForce() {
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("a", "A"), T1, "v1");

    assertThat(sync.purge(TodoTable.DEFINITION, false)).isEqualTo(new PurgeResult(1, 0, 0));
  }

  private QueuedOperation operation(String id) {
    return TestClients.operation(client, "todoitems", id).orElseThrow();
  }

  private static Decoded<Todo> page(Todo todo, Instant updatedAt, String version, boolean deleted) {
    SystemProperties system = new SystemProperties(todo.id(), updatedAt, version, deleted);
    return new Decoded<>(todo.withSystem(updatedAt, version), system);
  }
}
