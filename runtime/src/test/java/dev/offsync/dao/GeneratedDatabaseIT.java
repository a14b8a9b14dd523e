package dev.offsync.dao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.PullResult;
import dev.offsync.RetryPolicy;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.tasks.Label;
import dev.offsync.testing.tasks.LabelTable;
import dev.offsync.testing.tasks.Note;
import dev.offsync.testing.tasks.NoteTable;
import dev.offsync.testing.tasks.OffsyncTaskData;
import dev.offsync.testing.tasks.Task;
import dev.offsync.testing.tasks.TaskData;
import dev.offsync.testing.tasks.TaskTable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync cycle through the generated database and DAOs against the reference server on 127.0.0.1. */
class GeneratedDatabaseIT {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @TempDir
  Path folder;

  private DatasyncServer server;
  private final List<TaskData> devices = new ArrayList<>();

  @BeforeEach
  void start() {
    server = DatasyncServer.builder()
        .table(TableSchema.of(TaskTable.DEFINITION).withSoftDelete(true))
        .table(TableSchema.of(LabelTable.DEFINITION))
        .table(TableSchema.of(NoteTable.DEFINITION))
        .database("jdbc:sqlite:" + folder.resolve("service.db"))
        .port(0)
        .build();
    server.start();
  }

  @AfterEach
  void stop() {
    devices.forEach(TaskData::close);
    server.stop();
  }

  private TaskData device(String name) {
    TaskData device = OffsyncTaskData.builder()
        .store(folder.resolve(name + ".db"))
        .endpoint(URI.create("http://127.0.0.1:" + server.port()))
        .connectTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.never())
        .build();
    devices.add(device);
    return device;
  }

  @Test
  void changesTravelBetweenDevicesThroughTheGeneratedDatabase() {
    TaskData a = device("a");
    TaskData b = device("b");
    Task milk = a.tasks().insert(Task.of("Buy milk", DAY, "ann"));
    a.labels().insert(new Label("home", "Home"));

    assertThat(a.push().stoppedBy()).isEmpty();
    List<PullResult> pulled = b.pull();

    assertThat(pulled).hasSize(3);
    assertThat(b.dueBy(DAY)).extracting(Task::title).containsExactly("Buy milk");
    assertThat(b.labelsByName()).extracting(Label::name).containsExactly("Home");

    b.tasks().update(b.tasks().get(milk.id()).orElseThrow().done());
    b.tasks().push();
    a.tasks().pull();

    assertThat(a.tasks().findByComplete(true)).extracting(Task::id).containsExactly(milk.id());
    assertThat(a.tasks().remote().get(milk.id())).hasValueSatisfying(t -> assertThat(t.complete()).isTrue());
  }

  @Test
  void aFilteredPullBringsOnlyTheMatchingItems() {
    TaskData a = device("a");
    a.tasks().insertAll(List.of(Task.of("mine", DAY, "ann"), Task.of("theirs", DAY, "bob")));
    a.push();
    TaskData b = device("b");

    b.tasks().pull(TaskTable.OWNER.eq("ann"), "ann-tasks");

    assertThat(b.tasks().query().list()).extracting(Task::title).containsExactly("mine");
  }

  @Test
  void theRemoteViewQueriesTheServiceWithTheTablesTypedFields() {
    TaskData a = device("a");
    a.tasks().insertAll(List.of(Task.of("c", DAY, "ann"), Task.of("a", DAY.plusDays(1), "ann"),
        Task.of("b", DAY, "bob")));
    a.push();
    RemoteDao<Task> remote = device("b").tasks().remote();

    RemoteQuery<Task> ann = remote.query().where(TaskTable.OWNER.eq("ann"));
    assertThat(ann.orderBy(TaskTable.TITLE.asc()).list()).extracting(Task::title).containsExactly("a", "c");
    assertThat(ann.where(TaskTable.DUE_DATE.eq(DAY)).list()).extracting(Task::title).containsExactly("c");
    assertThat(remote.query().orderBy(TaskTable.TITLE.desc()).skip(1).top(1).list()).extracting(Task::title)
        .containsExactly("b");
    assertThat(ann.count()).isEqualTo(2);
    Task inserted = remote.insert(Task.of("d", DAY, "cid"));
    assertThat(remote.get(inserted.id())).hasValueSatisfying(t -> assertThat(t.owner()).isEqualTo("cid"));
  }

  @Test
  void createdAtIsFilledByTheServiceNeverSentAndKeptAcrossUpdates() {
    TaskData a = device("a");
    Note note = a.notes().insert(Note.of("milk", List.of("shop"), List.of("dairy")));
    assertThat(note.createdAt()).isNull();

    a.push();
    Instant created = a.notes().get(note.id()).orElseThrow().createdAt();
    assertThat(created).isNotNull();
    TaskData b = device("b");
    b.pull();
    Note copy = b.notes().get(note.id()).orElseThrow();
    assertThat(copy.createdAt()).isEqualTo(created);
    assertThat(copy.tags()).containsExactly("shop");

    b.notes().update(copy.withText("oat milk"));
    b.push();
    a.pull();
    Note updated = a.notes().get(note.id()).orElseThrow();
    assertThat(updated.text()).isEqualTo("oat milk");
    assertThat(updated.createdAt()).isEqualTo(created);
    assertThat(updated.updatedAt()).isAfter(created);
  }
}
