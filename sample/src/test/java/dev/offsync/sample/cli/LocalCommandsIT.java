package dev.offsync.sample.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that work on the local store alone: add, list, done, edit, rm, status, purge, and --help. */
class LocalCommandsIT {

  @TempDir
  Path folder;

  private TodoCli cli;

  @BeforeEach
  void start() {
    cli = new TodoCli(folder);
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  @Test
  void addWithEveryOptionThenListShowsTheItemAndThatItWaitsToBePushed() {
    TodoCli.Result added = cli.local("a.db", "add", "Buy", "milk", "--due", "2030-01-02", "--priority", "high",
        "--note", "green carton", "--tag", "home", "--tag", "errands");

    assertThat(added.exitCode()).isZero();
    assertThat(added.out()).matches("added [0-9a-f]{8} \"Buy milk\" with tags home, errands\\R");
    TodoCli.Result list = cli.local("a.db", "list");
    assertThat(list.lines().get(0)).matches("id +done +priority +due +title +tags +sync");
    assertThat(list.rows()).singleElement().satisfies(row -> assertThat(row).containsExactly(
        entry("id", added.out().substring(6, 14)), entry("done", "[ ]"), entry("priority", "HIGH"),
        entry("due", "2030-01-02"), entry("title", "Buy milk"), entry("tags", "errands,home"),
        entry("sync", "insert pending")));
    assertThat(list.lines().get(2)).isEqualTo("1 item (1 open); 3 changes waiting to be pushed");
  }

  @Test
  void dueDatesCanBeRelativeAndBadOnesAreUsageErrors() {
    cli.local("a.db", "add", "soon", "--due", "+3");
    cli.local("a.db", "add", "later", "--due", "tomorrow");

    assertThat(cli.local("a.db", "list").rows()).extracting(row -> row.get("title") + " " + row.get("due"))
        .containsExactly("later " + LocalDate.now().plusDays(1), "soon " + LocalDate.now().plusDays(3));
    TodoCli.Result bad = cli.local("a.db", "add", "x", "--due", "someday");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip()).isEqualTo("Invalid date 'someday': use YYYY-MM-DD, today, tomorrow or +DAYS");
  }

  @Test
  void listShowsOpenItemsFirstAndFiltersByState() {
    cli.local("a.db", "add", "b-task", "--due", "2030-05-01");
    cli.local("a.db", "add", "a-task", "--due", "2030-04-01");
    cli.local("a.db", "add", "finished");
    cli.local("a.db", "done", cli.id("a.db", "finished"));

    assertThat(cli.local("a.db", "list").titles()).containsExactly("a-task", "b-task", "finished");
    assertThat(cli.local("a.db", "list", "--open").titles()).containsExactly("a-task", "b-task");
    assertThat(cli.local("a.db", "list", "--done").titles()).containsExactly("finished");
    assertThat(cli.local("a.db", "list", "--open", "--done").exitCode()).isEqualTo(2);
  }

  @Test
  void doneMarksItemsByIdOrAUniqueStartOfOne() {
    cli.local("a.db", "add", "first");
    cli.local("a.db", "add", "second");
    String first = cli.id("a.db", "first");

    TodoCli.Result done = cli.local("a.db", "done", first.substring(0, 6), cli.id("a.db", "second"));

    assertThat(done.exitCode()).isZero();
    assertThat(done.lines()).containsExactly("done: " + first + " \"first\"",
        "done: " + cli.id("a.db", "second") + " \"second\"");
    assertThat(cli.local("a.db", "done", first).out()).startsWith("already done: " + first);
    assertThat(cli.local("a.db", "list", "--open").out()).startsWith("0 items");
  }

  @Test
  void unknownAndAmbiguousIdsAreClearFailures() {
    for (int i = 0; i < 17; i++) {
      cli.local("a.db", "add", "item " + i);
    }
    // 17 ids over 16 hex digits: two share a first digit.
    List<String> ids = cli.local("a.db", "list").rows().stream().map(row -> row.get("id")).toList();
    String shared = ids.stream().map(id -> id.substring(0, 1))
        .filter(digit -> ids.stream().filter(id -> id.startsWith(digit)).count() > 1).findFirst().orElseThrow();

    TodoCli.Result ambiguous = cli.local("a.db", "done", shared);
    TodoCli.Result unknown = cli.local("a.db", "rm", "zz");

    assertThat(ambiguous.exitCode()).isEqualTo(1);
    assertThat(ambiguous.err()).startsWith("'" + shared + "' starts several ids (").contains("give more of the id");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err().strip()).isEqualTo("No item has an id starting with 'zz'; see 'todo list'");
  }

  @Test
  void editChangesOnlyWhatItsOptionsName() {
    cli.local("a.db", "add", "Call", "the", "plumber", "--due", "2030-01-01", "--note", "ask for Jo");
    String id = cli.id("a.db", "Call the plumber");

    TodoCli.Result edited = cli.local("a.db", "edit", id, "--title", "Call the electrician", "--priority", "LOW",
        "--due", "none", "--done");

    assertThat(edited.out().strip()).isEqualTo("changed " + id + " \"Call the electrician\"");
    assertThat(cli.local("a.db", "list").rows()).singleElement().satisfies(row -> assertThat(row).contains(
        entry("done", "[x]"), entry("priority", "LOW"), entry("due", ""), entry("title", "Call the electrician")));
    cli.local("a.db", "edit", id, "--open", "--due", "2030-02-03");
    assertThat(cli.local("a.db", "list").rows()).singleElement().satisfies(row -> assertThat(row).contains(
        entry("done", "[ ]"), entry("due", "2030-02-03"), entry("title", "Call the electrician")));
  }

  @Test
  void editWithNothingToChangeIsAUsageError() {
    cli.local("a.db", "add", "x");

    TodoCli.Result result = cli.local("a.db", "edit", cli.id("a.db", "x"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Nothing to change");
  }

  @Test
  void rmDeletesTheItemAndItsTags() {
    cli.local("a.db", "add", "tagged", "--tag", "a", "--tag", "b");
    cli.local("a.db", "add", "kept", "--tag", "c");
    String id = cli.id("a.db", "tagged");

    TodoCli.Result removed = cli.local("a.db", "rm", id);

    assertThat(removed.out().strip()).isEqualTo("removed " + id + " \"tagged\" and its 2 tags");
    assertThat(cli.local("a.db", "list").rows()).extracting(row -> row.get("title") + ":" + row.get("tags"))
        .containsExactly("kept:c");
    // Inserted and deleted before any push: nothing is left to send for them.
    assertThat(cli.local("a.db", "status").out()).contains("queue:   2 operations (tags 1, todoitems 1), 0 failed");
  }

  @Test
  void statusShowsTheStoreAndEveryQueuedOperation() {
    cli.local("a.db", "add", "one", "--tag", "x");

    TodoCli.Result status = cli.local("a.db", "status");

    assertThat(status.exitCode()).isZero();
    assertThat(status.lines().get(0)).isEqualTo("store:   " + folder.resolve("a.db").toAbsolutePath()
        + ": 1 item (1 open), 1 tag");
    assertThat(status.lines().get(1)).isEqualTo("service: none given (local only; --service URL to sync)");
    assertThat(status.lines().get(2)).isEqualTo("queue:   2 operations (tags 1, todoitems 1), 0 failed");
    assertThat(status.lines().get(4)).matches(" +1 +todoitems +[0-9a-f]{8} +insert +pending +0");
    assertThat(status.lines().get(5)).matches(" +2 +tags +[0-9a-f]{8} +insert +pending +0");
  }

  @Test
  void purgeIsRefusedWithQueuedChangesThenForced() {
    cli.local("a.db", "add", "unsent", "--tag", "x");

    TodoCli.Result refused = cli.local("a.db", "purge");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err().strip()).isEqualTo("purge refused: 2 changes would be lost. Push first ('todo push'),"
        + " or 'todo purge --force' to discard them.");
    assertThat(cli.local("a.db", "list").out()).contains("unsent");

    TodoCli.Result forced = cli.local("a.db", "purge", "--force");

    assertThat(forced.exitCode()).isZero();
    assertThat(forced.out().strip()).isEqualTo("purged 1 item and 1 tag from the local store, discarded 2 queued"
        + " changes; 'todo pull' fetches everything again");
    assertThat(cli.local("a.db", "status").out()).contains("0 items (0 open), 0 tags", "queue:   0 operations");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("add", "list", "done", "edit", "rm", "push", "pull", "sync", "status",
        "conflicts", "purge")) {
      TodoCli.Result help = TodoCli.raw(command, "--help");

      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: offsync-sample todo " + command);
      assertThat(TodoCli.raw("help", command).out()).as(command).isEqualTo(help.out());
    }
    assertThat(TodoCli.raw("--help").out()).contains("Exit codes:", "conflicts  Shows or settles");
  }

  @Test
  void badCommandLinesAreUsageErrorsWithTheReason() {
    TodoCli.Result none = TodoCli.raw();
    TodoCli.Result noService = cli.local("a.db", "push");
    TodoCli.Result badService = TodoCli.raw("--service", "localhost:8080", "--store",
        folder.resolve("a.db").toString(), "pull");
    TodoCli.Result unknown = TodoCli.raw("frobnicate");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).startsWith("Missing required subcommand");
    assertThat(noService.exitCode()).isEqualTo(2);
    assertThat(noService.err().strip()).isEqualTo("'todo push' needs a service: give --service URL (or set"
        + " OFFSYNC_SERVICE)");
    assertThat(badService.exitCode()).isEqualTo(2);
    assertThat(badService.err()).startsWith("Invalid --service 'localhost:8080'");
    assertThat(unknown.exitCode()).isEqualTo(2);
  }
}
