package dev.offsync.sample.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two stores change the same item; the second push conflicts, and {@code todo conflicts} settles it. */
class ConflictsCommandIT {

  @TempDir
  Path folder;

  private TodoCli cli;
  private String id;

  @BeforeEach
  void twoStoresWithTheSameItem() {
    cli = new TodoCli(folder);
    cli.run("a.db", "add", "Buy milk", "--due", "2030-01-01");
    cli.run("a.db", "push");
    cli.run("b.db", "pull");
    id = cli.id("a.db", "Buy milk");
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  /** A renames the item and pushes first; B marks it done and pushes second: a conflict for B. */
  private TodoCli.Result conflictingEdits() {
    cli.run("a.db", "edit", id, "--title", "Buy oat milk");
    cli.run("a.db", "push");
    cli.run("b.db", "done", id);
    return cli.run("b.db", "push");
  }

  @Test
  void theRefusedPushSaysWhatFailedAndTheItemIsMarkedEverywhere() {
    TodoCli.Result pushed = conflictingEdits();

    assertThat(pushed.exitCode()).isEqualTo(1);
    assertThat(pushed.lines()).containsExactly("pushed 0 operations",
        "  failed: todoitems " + id + " update (412): conflict: the service's copy differs; left for the application",
        "1 operation failed and stays queued: see 'todo conflicts', then --keep-mine or --keep-theirs");
    assertThat(cli.run("b.db", "list").out()).contains("update failed (see 'todo conflicts')");
    assertThat(cli.run("b.db", "status").out()).contains("1 failed", "Settle failed operations");
    TodoCli.Result pull = cli.run("b.db", "pull");
    assertThat(pull.exitCode()).isEqualTo(1);
    assertThat(pull.err()).startsWith("Cannot pull table 'todoitems': it has 1 pending operation.")
        .contains("See 'todo status' and 'todo conflicts'.");
    assertThat(cli.run("b.db", "sync").out()).contains("not pulled todoitems").contains("pulled tags");
  }

  @Test
  void conflictsShowsBothCopiesSideBySide() {
    conflictingEdits();

    TodoCli.Result shown = cli.run("b.db", "conflicts");

    assertThat(shown.exitCode()).isZero();
    assertThat(shown.lines()).containsExactly(
        "todoitems " + id + " update: conflict: the service's copy differs; left for the application",
        "  field     mine (this store)  theirs (the service)",
        "  title     Buy milk           Buy oat milk",
        "  complete  true               false",
        "  priority  NORMAL             NORMAL",
        "  due       2030-01-01         2030-01-01",
        "Settle with 'todo conflicts [ID] --keep-mine' or '--keep-theirs'.");
    assertThat(cli.local("b.db", "conflicts").out()).contains("title     Buy milk           (give --service to"
        + " see it)");
  }

  @Test
  void keepMineSendsThisStoresCopyOverTheServices() {
    conflictingEdits();

    TodoCli.Result kept = cli.run("b.db", "conflicts", id.substring(0, 4), "--keep-mine");

    assertThat(kept.exitCode()).isZero();
    assertThat(kept.lines()).containsExactly("kept mine: todoitems " + id + " update", "pushed 1 operation");
    cli.run("a.db", "pull");
    assertThat(cli.run("a.db", "list").rows()).extracting(row -> row.get("done") + " " + row.get("title"))
        .containsExactly("[x] Buy milk");
    assertThat(cli.run("b.db", "conflicts").out().strip()).isEqualTo("no conflicts");
  }

  @Test
  void keepTheirsTakesTheServicesCopy() {
    conflictingEdits();

    TodoCli.Result kept = cli.run("b.db", "conflicts", "--keep-theirs");

    assertThat(kept.exitCode()).isZero();
    assertThat(kept.lines()).containsExactly("kept theirs: todoitems " + id + " update", "nothing to push");
    assertThat(cli.run("b.db", "list").rows()).extracting(row -> row.get("done") + " " + row.get("title") + ":"
        + row.get("sync")).containsExactly("[ ] Buy oat milk:");
    assertThat(cli.run("b.db", "pull").exitCode()).isZero();
  }

  @Test
  void keepMineOnARefusedDeleteDeletesTheServicesNewerCopy() {
    cli.run("a.db", "edit", id, "--priority", "HIGH");
    cli.run("a.db", "push");
    cli.run("b.db", "rm", id);
    TodoCli.Result pushed = cli.run("b.db", "push");
    assertThat(pushed.out()).contains("todoitems " + id + " delete (412)");

    TodoCli.Result kept = cli.run("b.db", "conflicts", "--keep-mine");

    assertThat(kept.exitCode()).isZero();
    assertThat(kept.lines()).containsExactly("kept mine: todoitems " + id + " delete", "pushed 1 operation");
    TodoCli.Result pulled = cli.run("a.db", "pull");
    assertThat(pulled.lines()).first().isEqualTo("pulled todoitems: 1 fetched (0 added or changed, 1 deleted)");
  }

  @Test
  void settlingOfflineQueuesTheChoiceForTheNextPush() {
    conflictingEdits();

    TodoCli.Result kept = cli.local("b.db", "conflicts", "--keep-mine");

    assertThat(kept.exitCode()).isZero();
    assertThat(kept.out().strip()).isEqualTo("kept mine: todoitems " + id + " update");
    assertThat(cli.run("b.db", "push").out().strip()).isEqualTo("pushed 1 operation");
  }

  @Test
  void anIdWithoutAConflictIsSaidSo() {
    conflictingEdits();

    assertThat(cli.run("b.db", "conflicts", "ffff", "--keep-theirs").out().strip())
        .isEqualTo("no failed operation for an item starting with 'ffff'");
  }
}
