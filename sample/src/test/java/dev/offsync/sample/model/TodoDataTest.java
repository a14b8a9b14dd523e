package dev.offsync.sample.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's generated database on a SQLite file: DAOs, an indexed lookup and the two query methods. */
class TodoDataTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @TempDir
  Path folder;

  @Test
  void queryMethodsAndDaosWorkOffline() {
    try (TodoData db = OffsyncTodoData.builder().store(folder.resolve("todo.db")).build()) {
      TodoItem milk = db.todoItems().insert(TodoItem.of("Buy milk").withDueDate(TODAY));
      db.todoItems().insert(TodoItem.of("Call mum").withDueDate(TODAY.minusDays(1)));
      db.todoItems().insert(TodoItem.of("Plan trip").withDueDate(TODAY.plusDays(7)));
      TodoItem done = db.todoItems().insert(TodoItem.of("Pay rent").withDueDate(TODAY.minusDays(2)));
      db.todoItems().update(done.withComplete(true));
      db.tags().insert(Tag.on(milk.id(), "errands"));

      assertThat(db.dueBy(TODAY)).extracting(TodoItem::title).containsExactly("Call mum", "Buy milk");
      assertThat(db.openCount()).isEqualTo(3);
      assertThat(db.todoItems().findByComplete(true)).extracting(TodoItem::title).containsExactly("Pay rent");
      assertThat(db.tags().findByTodoId(milk.id())).extracting(Tag::label).containsExactly("errands");
      assertThat(db.client().pendingOperationCount()).isEqualTo(5);
    }
  }
}
