package dev.offsync.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.OfflineTable;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PurgeOptions;
import dev.offsync.testing.tasks.Label;
import dev.offsync.testing.tasks.Note;
import dev.offsync.testing.tasks.NoteTable;
import dev.offsync.testing.tasks.OffsyncTaskData;
import dev.offsync.testing.tasks.Task;
import dev.offsync.testing.tasks.TaskData;
import dev.offsync.testing.tasks.TaskTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated {@code OffsyncTaskData}, its DAOs and its {@code @Query} methods, on a real SQLite file. */
class GeneratedDaoTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  @TempDir
  Path folder;

  private TaskData db;

  @BeforeEach
  void open() {
    db = OffsyncTaskData.builder().store(folder.resolve("tasks.db")).build();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Task task(String title, LocalDate due, String owner) {
    return db.tasks().insert(Task.of(title, due, owner));
  }

  @Test
  void daosInsertReadUpdateAndDeleteTypedItemsOffline() {
    Task milk = task("Buy milk", MONDAY, "ann");

    db.tasks().update(milk.done());
    db.labels().insertAll(List.of(new Label("l1", "home"), new Label("l2", "work")));

    assertThat(db.tasks().get(milk.id())).hasValueSatisfying(t -> assertThat(t.complete()).isTrue());
    assertThat(db.labels().query().count()).isEqualTo(2);
    db.labels().delete("l1");
    assertThat(db.labels().get("l1")).isEmpty();
    assertThat(db.tasks().pendingOperationCount()).isEqualTo(1);
    assertThat(db.client().pendingOperationCount()).isEqualTo(2);
  }

  @Test
  void findByEachIndexedColumn() {
    Task a = task("a", MONDAY, "ann");
    Task b = task("b", MONDAY, "bob");
    db.tasks().update(b.done());

    assertThat(db.tasks().findByComplete(false)).extracting(Task::id).containsExactly(a.id());
    assertThat(db.tasks().findByOwner("bob")).extracting(Task::id).containsExactly(b.id());
    assertThat(db.tasks().findByOwner(null)).isEmpty();
  }

  @Test
  void queryMethodsBindTheirParametersAndOrder() {
    task("late", MONDAY.plusDays(3), "ann");
    task("b-soon", MONDAY.plusDays(1), "ann");
    task("a-soon", MONDAY.plusDays(1), "bob");
    Task old = task("old", MONDAY.minusDays(1), "bob");
    db.tasks().update(old.done());

    assertThat(db.dueBy(MONDAY.plusDays(1))).extracting(Task::title).containsExactly("a-soon", "b-soon");
    try (Stream<Task> titled = db.titled("a")) {
      assertThat(titled.map(Task::title)).containsExactly("a-soon");
    }
    assertThat(db.named("late")).isPresent();
    assertThat(db.named("missing")).isEmpty();
    assertThat(db.firstOf("nobody")).isNull();
    assertThat(db.firstOf("bob").owner()).isEqualTo("bob");
    assertThat(db.count(true)).isEqualTo(1);
    assertThat(db.count(false)).isEqualTo(3);
  }

  @Test
  void syncDaoQueriesBindCollectionsIntoInLists() {
    Task a = task("a", MONDAY, "ann");
    task("b", MONDAY, "bob");
    task("c", MONDAY, "cid");
    db.labels().insertAll(List.of(new Label("1", "work"), new Label("2", "home"), new Label("3", "misc")));

    assertThat(db.queries()).isSameAs(db.queries());
    assertThat(db.queries().ownedBy(Set.of("cid", "ann", "nobody"))).extracting(Task::title).containsExactly("a", "c");
    assertThat(db.queries().ownedBy("bob")).extracting(Task::title).containsExactly("b");
    assertThat(db.queries().ownedBy(List.of())).isEmpty();
    assertThat(db.queries().openExcept("a", "c")).isEqualTo(1);
    assertThat(db.queries().openExcept()).isEqualTo(3);
    db.tasks().update(a.done());
    assertThat(db.queries().openExcept("c")).isEqualTo(1);
    assertThat(db.queries().labelsNamed(List.of("work", "home"))).extracting(Label::id).containsExactly("2", "1");
    assertThatThrownBy(() -> db.queries().ownedBy(Arrays.asList("ann", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":owners");
  }

  @Test
  void theDatabasesConverterStoresEveryFieldOfItsTypeAndAFieldsOwnConverterWins() {
    Note saved = db.notes().insert(Note.of("milk", List.of("shop", "food"), List.of("dairy", "cold")));

    assertThat(saved.selected()).isTrue();
    Note read = db.notes().get(saved.id()).orElseThrow();
    assertThat(read.tags()).containsExactly("shop", "food");
    assertThat(read.links()).isEmpty();
    assertThat(read.keywords()).containsExactly("dairy", "cold");
    assertThat(read.selected()).isFalse();
    assertThat(db.taggedExactly("[\"shop\",\"food\"]")).extracting(Note::id).containsExactly(saved.id());
    assertThat(db.notes().query().where(NoteTable.TAGS.eq(List.of("shop", "food"))).count()).isEqualTo(1);
    assertThat(db.notes().query().where(NoteTable.KEYWORDS.stored().eq("dairy,cold")).count()).isEqualTo(1);
  }

  @Test
  void aParameterIsAValueNeverFilterText() {
    task("a", MONDAY, "ann");
    String injection = "x' or title ne 'x";

    assertThat(db.named(injection)).isEmpty();
    assertThat(db.titled("' or true or '")).isEmpty();
  }

  @Test
  void aQueryOfTheSecondTableUsesItsOwnColumns() {
    db.labels().insertAll(List.of(new Label("1", "work"), new Label("2", "home")));

    assertThat(db.labelsByName()).extracting(Label::name).containsExactly("home", "work");
  }

  @Test
  void purgeAndPendingOperationsGoThroughTheDao() {
    Task a = task("a", MONDAY, "ann");

    assertThatThrownBy(() -> db.tasks().purge()).isInstanceOf(PendingOperationsException.class);
    assertThat(db.tasks().pendingOperations()).singleElement()
        .satisfies(op -> assertThat(op.itemId()).isEqualTo(a.id()));
    assertThat(db.tasks().purge(PurgeOptions.force())).isEqualTo(1);
    assertThat(db.tasks().get(a.id())).isEmpty();
  }

  @Test
  void theGenericTableBeneathIsTheSameTable() {
    Task a = task("a", MONDAY, "ann");
    OfflineTable<Task> table = db.tasks().table();

    assertThat(table.get(a.id())).contains(a);
    assertThat(table).isSameAs(db.client().table(TaskTable.DEFINITION));
  }

  @Test
  void itemsSurviveReopeningTheFile() {
    Task a = task("a", MONDAY, "ann");
    db.close();

    db = OffsyncTaskData.builder().store(folder.resolve("tasks.db")).build();

    assertThat(db.tasks().get(a.id())).contains(a);
    assertThat(db.tasks().pendingOperationCount()).isEqualTo(1);
  }

  @Test
  void offlineTheRemoteViewAndSyncSayThereIsNoEndpoint() {
    assertThatThrownBy(() -> db.tasks().remote()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> db.push()).isInstanceOf(IllegalStateException.class);
  }
}
