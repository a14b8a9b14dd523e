package dev.offsync.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.sample.console.ProgressBars;
import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemTable;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's final check on real stores and the real service: it must see what differs, and only that. */
class ConvergenceIT {

  @TempDir
  Path folder;

  private DemoService service;
  private Device a;
  private Device b;

  @BeforeEach
  void start() {
    service = DemoService.start(folder);
    a = Device.open("A", folder.resolve("a.db"), service.uri(), ConflictPolicy.MERGE, ProgressBars.none());
    b = Device.open("B", folder.resolve("b.db"), service.uri(), ConflictPolicy.MERGE, ProgressBars.none());
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    service.close();
  }

  private Convergence check() {
    return Convergence.of(Snapshot.ofDevice(a), Snapshot.ofDevice(b), Snapshot.ofService(a.client()));
  }

  private TodoItem sharedItem() {
    TodoItem item = a.todos().insert(TodoItem.of("shared").withNote("only A's"));
    assertThat(a.push().isComplete()).isTrue();
    b.pull();
    a.pull();
    return item;
  }

  @Test
  void devicesInStepWithTheServiceConvergeWhateverTheirLocalNotes() {
    sharedItem();

    Convergence convergence = check();

    assertThat(convergence.converged()).isTrue();
    assertThat(convergence.verdict()).isEqualTo("converged: device A = device B = service (1 item)");
  }

  @Test
  void anItemNotPushedYetIsADifference() {
    sharedItem();
    TodoItem local = a.todos().insert(TodoItem.of("only on A"));

    Convergence convergence = check();

    assertThat(convergence.converged()).isFalse();
    assertThat(convergence.differences()).singleElement().asString()
        .startsWith("todoitems " + local.id() + ": device A has {title=only on A ")
        .endsWith("device B has nothing; service has nothing");
    assertThat(convergence.verdict()).startsWith("NOT converged: 1 item differ");
  }

  @Test
  void aChangeTheDevicesHaveNotPulledIsADifference() {
    TodoItem item = sharedItem();
    var remote = a.client().remoteTable(TodoItemTable.DEFINITION);
    remote.replace(remote.get(item.id()).orElseThrow().withTitle("changed on the service"));

    Convergence convergence = check();

    assertThat(convergence.differences()).singleElement().asString()
        .contains("service has {title=changed on the service ");
    b.pull();
    a.pull();
    assertThat(check().converged()).isTrue();
  }
}
