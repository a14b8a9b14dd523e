package dev.offsync.sample.demo;

import static dev.offsync.sample.demo.DemoFailure.check;

import dev.offsync.AutoSyncOptions;
import dev.offsync.errors.NetworkException;
import dev.offsync.operations.PendingOperation;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PurgeOptions;
import dev.offsync.PushResult;
import dev.offsync.Subscription;
import dev.offsync.status.SyncStatus;
import dev.offsync.sample.console.Offline;
import dev.offsync.sample.console.TextTable;
import dev.offsync.sample.model.Priority;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItem;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The demo's story, one method a chapter, each checking that things turned out as it tells them (else a
 * {@link DemoFailure}). Chapters run in order; each builds on the state the previous one left.
 */
final class Chapters {

  private static final int PENDING_SHOWN = 6;

  private final Story story;
  private final DemoService service;
  private final Device a;
  private final Device b;
  private final LocalDate today = LocalDate.now();
  private Cast cast;

  Chapters(Story story, DemoService service, Device a, Device b) {
    this.story = story;
    this.service = service;
    this.a = a;
    this.b = b;
  }

  /** Device A, cut off from the service, adds items; they queue up and an attempt to push fails cleanly. */
  void offline(int backlog) {
    story.chapter("Device A works offline");
    service.stop();
    story.say("The service is stopped. Device A adds 3 items with 4 tags, and a backlog of " + backlog
        + " items.");
    cast = Cast.create(a.todos(), a.tags(), today);
    Cast.backlog(a.todos(), backlog, today);
    showPending();
    PushResult offline = a.push();
    check(offline.stoppedBy().filter(NetworkException.class::isInstance).isPresent() && offline.pushed() == 0,
        "A's push while the service is stopped should stop with a network error, but: " + offline);
    story.say("A tries to push: " + Offline.reason(offline.stoppedBy().orElseThrow()) + ".");
    SyncStatus status = a.client().status();
    check(status.connectivity() == SyncStatus.Connectivity.OFFLINE && status.pendingOperations() > 0,
        "A's status should say offline with operations queued, but: " + status);
    story.say("Nothing is lost. A's status: offline since " + status.lastFailure().orElseThrow().at() + ", "
        + status.pendingOperations() + " operations queued (" + perTable(status.pendingByTable()) + "), "
        + status.failedOperations() + " failed.");
  }

  private void showPending() {
    story.say("A's pending operations: " + perTable(a.client().pendingOperationCounts()) + "; the first ones, in"
        + " push order:");
    TextTable table = TextTable.of("#", "operation", "table", "item id", "item");
    for (PendingOperation operation : a.client().pendingOperations().subList(0, PENDING_SHOWN)) {
      table.row(operation.sequence(), operation.kind().name().toLowerCase(Locale.ROOT), operation.table(),
          operation.itemId(), describe(operation));
    }
    story.table(table);
    story.say("... and " + (a.client().pendingOperationCount() - PENDING_SHOWN) + " more");
  }

  private String describe(PendingOperation operation) {
    if (operation.table().equals(TagTable.DEFINITION.tableName())) {
      return a.tags().get(operation.itemId()).map(tag -> "tag '" + tag.label() + "'").orElse("");
    }
    return a.todos().get(operation.itemId()).map(item -> "\"" + item.title() + "\"").orElse("");
  }

  /** The service comes back; A pushes everything (two tables) and pulls once to start incremental pulls. */
  void online() {
    story.chapter("Device A comes online and pushes");
    service.start();
    story.say("The service is back at " + service.uri() + ".");
    Map<String, Long> counts = a.client().pendingOperationCounts();
    long start = System.nanoTime();
    PushResult pushed = a.push();
    check(pushed.isComplete(), "A's push should complete, but: " + pushed);
    story.say("pushed " + pushed.pushed() + " operations (" + perTable(counts) + ") in " + seconds(start)
        + "; A has " + a.client().pendingOperationCount() + " pending.");
    story.say("A pulls once too, so that its later pulls fetch only changes: " + a.pull().describe());
  }

  /** B pulls everything, A changes one item, and B's second pull fetches that one item only. */
  void secondDevicePulls() {
    story.chapter("Device B pulls: first everything, then only the change");
    story.say("first pull:  " + b.pull().describe());
    a.todos().update(a.todos().get(cast.milk().id()).orElseThrow().withTitle(Cast.RENAMED));
    check(a.push().isComplete(), "A's push of the rename should complete");
    story.say("A renames \"Buy milk\" to \"Buy oat milk\" and pushes 1 operation.");
    CompletableFuture<TodoItem> onScreen = new CompletableFuture<>();
    Device.Pulled second;
    try (Subscription screen = b.todos().observe(cast.milk().id(),
        item -> item.filter(copy -> copy.title().equals(Cast.RENAMED)).ifPresent(onScreen::complete))) {
      second = b.pull();
      awaitLive(onScreen, "B's live view of the item should show the new title after the pull");
    }
    story.say("B's screen, a live query on that item, showed the new title as soon as the pull committed it.");
    check(second.todos().fetched() == 1 && second.tags().fetched() == 0,
        "B's second pull should fetch exactly the renamed item, but: " + second);
    story.say("second pull: " + second.describe() + "  <- incremental: only the change");
    TodoItem onB = b.todos().get(cast.milk().id()).orElseThrow();
    check(onB.title().equals(Cast.RENAMED) && onB.note() == null, "B should have the new title and no note");
    story.say("A's private note on it: \"" + Cast.NOTE + "\"; B's: none. @LocalOnly columns never leave the"
        + " device.");
  }

  /** Both devices change the same item; the second push conflicts and the policy settles it. */
  void conflict(ConflictPolicy policy) {
    String id = cast.plumber().id();
    story.chapter("Both devices edit \"Call the plumber\": a conflict");
    TodoItem onA = a.todos().update(a.todos().get(id).orElseThrow().withDueDate(today.plusDays(2)));
    check(a.push().isComplete(), "A's push of the due date should complete");
    story.say("A sets its due date to " + onA.dueDate() + " and pushes first.");
    b.todos().update(b.todos().get(id).orElseThrow().withComplete(true).withPriority(Priority.HIGH));
    story.say("B has not seen that change; it marks the item done with priority HIGH and pushes.");
    PushResult pushed = b.push();
    check(pushed.isComplete() && pushed.resolvedConflicts() == 1,
        "B's push should meet one conflict and settle it, but: " + pushed);
    story.say("The service refuses B's copy (412: its version changed). B's policy decides:");
    story.say("  " + policy.description());
    story.table(sideBySide(b.settledConflicts().get(b.settledConflicts().size() - 1)));
    story.say("A pulls the outcome: " + a.pull().describe());
    check(Snapshot.text(a.todos().get(id).orElseThrow()).equals(Snapshot.text(b.todos().get(id).orElseThrow())),
        "A and B should hold the same copy of the item after the conflict");
  }

  private static TextTable sideBySide(RecordingResolver.Settled settled) {
    TodoItem theirs = settled.theirs();
    TodoItem mine = settled.mine();
    TodoItem result = settled.result();
    return TextTable.of("field", "service (A's push)", "device B's push", "resolved")
        .row("title", theirs.title(), mine.title(), result.title())
        .row("complete", theirs.complete(), mine.complete(), result.complete())
        .row("priority", theirs.priority(), mine.priority(), result.priority())
        .row("due date", date(theirs.dueDate()), date(mine.dueDate()), date(result.dueDate()));
  }

  /** B deletes an item and its tags; A learns of it on its next pull. */
  void delete() {
    String id = cast.milk().id();
    story.chapter("A delete");
    for (Tag tag : b.tags().query().where(TagTable.TODO_ID.eq(id)).list()) {
      b.tags().delete(tag);
    }
    b.todos().delete(id);
    PushResult pushed = b.push();
    check(pushed.isComplete() && pushed.pushed() == 3, "B's push of the deletes should send 3 operations");
    story.say("B deletes \"Buy oat milk\" and its 2 tags, and pushes " + pushed.pushed() + " operations.");
    Device.Pulled pulled = a.pull();
    check(pulled.todos().deleted() == 1 && pulled.tags().deleted() == 2 && a.todos().get(id).isEmpty(),
        "A's pull should delete the item and its 2 tags, but: " + pulled);
    story.say("A pulls: " + pulled.describe() + ". The service keeps deletions as soft deletes, so every device"
        + " learns of them.");
  }

  /** A purge is refused while a change waits to be pushed, then forced; B pulls everything again. */
  void purge() {
    story.chapter("Purge: refused with a pending change, then forced");
    b.todos().insert(TodoItem.of("Draft, not pushed yet"));
    story.say("B adds \"Draft, not pushed yet\" and, without pushing it, purges its todo items:");
    try {
      b.todos().purge();
      throw new DemoFailure("B's purge with a pending operation should be refused");
    } catch (PendingOperationsException e) {
      story.say("refused: " + e.getMessage());
    }
    long items = b.todos().purge(PurgeOptions.force());
    long tags = b.tags().purge(PurgeOptions.force());
    check(b.client().pendingOperationCount() == 0 && b.todos().query().count() == 0, "B's forced purge");
    story.say("forced: removed " + items + " items and " + tags + " tags locally and discarded the draft's"
        + " operation; B has 0 pending.");
    story.say("B pulls everything again: " + b.pull().describe());
  }

  /**
   * B follows the service's change feed with auto sync: A's change reaches B's live query though B never asks
   * for a pull.
   */
  void changesArriveByThemselves() {
    String id = cast.plumber().id();
    LocalDate due = today.plusDays(7);
    story.chapter("Changes arrive by themselves: B follows the service's change feed");
    CompletableFuture<TodoItem> onScreen = new CompletableFuture<>();
    try (Subscription auto = b.client().startAutoSync(AutoSyncOptions.defaults());
        Subscription screen = b.todos().observe(id,
            item -> item.filter(copy -> due.equals(copy.dueDate())).ifPresent(onScreen::complete))) {
      story.say("B starts auto sync and keeps a live query on \"" + cast.plumber().title() + "\"; B never"
          + " calls pull from here on.");
      long start = System.nanoTime();
      a.todos().update(a.todos().get(id).orElseThrow().withDueDate(due));
      check(a.push().isComplete(), "A's push of the new due date should complete");
      awaitLive(onScreen, "B's live query should show A's new due date through the change feed");
      story.say(String.format(Locale.ROOT, "A moves its due date to %s and pushes. The service's change feed"
          + " told B that todoitems changed; B pulled it, and B's screen showed the new date %.0f ms after A's"
          + " write.", due, (System.nanoTime() - start) / 1e6));
    }
  }

  private static <T> T awaitLive(CompletableFuture<T> delivery, String expectation) {
    try {
      return delivery.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new DemoFailure(expectation);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailure(expectation);
    }
  }

  /** The story's items, for the final table. */
  Cast cast() {
    return cast;
  }

  static String perTable(Map<String, Long> counts) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByKey().reversed())
        .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
  }

  static String date(LocalDate date) {
    return date == null ? "(none)" : date.toString();
  }

  private static String seconds(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
