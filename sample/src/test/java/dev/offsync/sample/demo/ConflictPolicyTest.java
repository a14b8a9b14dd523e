package dev.offsync.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.conflict.Conflict;
import dev.offsync.operations.OperationKind;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.conflict.Resolution;
import dev.offsync.sample.model.Priority;
import dev.offsync.sample.model.TodoItem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConflictPolicyTest {

  private static final PendingOperation UPDATE = new PendingOperation(1, "todoitems", "t1", OperationKind.UPDATE,
      OperationState.ATTEMPTED, 1, null);
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  private static TodoItem item(String title, boolean done, Priority priority, LocalDate due, String note) {
    return new TodoItem("t1", title, done, due, priority, note, Instant.parse("2025-03-01T10:00:00.000Z"), "v1");
  }

  private static Conflict<TodoItem> conflict(TodoItem mine, TodoItem theirs) {
    return new Conflict<>(UPDATE, mine, theirs, 412);
  }

  @Test
  void mergeKeepsDoneTheHigherPriorityTheEarlierDateTheServicesTitleAndMyNote() {
    TodoItem mine = item("Call the plumber today", true, Priority.HIGH, MONDAY.plusDays(3), "mine");
    TodoItem theirs = item("Call the plumber", false, Priority.LOW, MONDAY, null);

    Resolution<TodoItem> resolution = ConflictPolicy.MERGE.resolve(conflict(mine, theirs));

    assertThat(resolution).isInstanceOf(Resolution.Merged.class);
    TodoItem merged = ((Resolution.Merged<TodoItem>) resolution).item();
    assertThat(merged.title()).isEqualTo("Call the plumber");
    assertThat(merged.complete()).isTrue();
    assertThat(merged.priority()).isEqualTo(Priority.HIGH);
    assertThat(merged.dueDate()).isEqualTo(MONDAY);
    assertThat(merged.note()).isEqualTo("mine");
  }

  @Test
  void mergeTakesADateOrPriorityFromWhicheverSideHasOne() {
    TodoItem mine = item("x", false, null, null, null);
    TodoItem theirs = item("x", true, Priority.NORMAL, MONDAY, null);

    TodoItem merged = ((Resolution.Merged<TodoItem>) ConflictPolicy.MERGE.resolve(conflict(mine, theirs))).item();

    assertThat(merged.complete()).isTrue();
    assertThat(merged.priority()).isEqualTo(Priority.NORMAL);
    assertThat(merged.dueDate()).isEqualTo(MONDAY);
  }

  @Test
  void mergeLetsALocalDeleteGoThrough() {
    Conflict<TodoItem> deleted = new Conflict<>(new PendingOperation(1, "todoitems", "t1", OperationKind.DELETE,
        OperationState.ATTEMPTED, 1, null), null, item("x", false, Priority.LOW, null, null), 412);

    assertThat(ConflictPolicy.MERGE.resolve(deleted)).isInstanceOf(Resolution.ClientWins.class);
  }

  @Test
  void theOtherPoliciesPickOneSide() {
    Conflict<TodoItem> conflict = conflict(item("a", false, Priority.LOW, null, null),
        item("b", false, Priority.LOW, null, null));

    assertThat(ConflictPolicy.CLIENT_WINS.resolve(conflict)).isInstanceOf(Resolution.ClientWins.class);
    assertThat(ConflictPolicy.SERVER_WINS.resolve(conflict)).isInstanceOf(Resolution.ServerWins.class);
  }

  @Test
  void theRecordingResolverRemembersBothCopiesAndTheOutcome() {
    RecordingResolver recording = new RecordingResolver(ConflictPolicy.SERVER_WINS);
    TodoItem mine = item("mine", true, Priority.HIGH, null, null);
    TodoItem theirs = item("theirs", false, Priority.LOW, null, null);

    recording.resolve(conflict(mine, theirs));

    assertThat(recording.settled()).containsExactly(new RecordingResolver.Settled(mine, theirs, theirs));
  }
}
