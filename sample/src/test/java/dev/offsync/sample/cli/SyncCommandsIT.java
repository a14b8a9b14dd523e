package dev.offsync.sample.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.Authenticator;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** push, pull and sync against the reference server over HTTP; offline and refused credentials. */
class SyncCommandsIT {

  @TempDir
  Path folder;

  @Test
  void pushSendsBothTablesAndAnotherStorePullsThem() {
    try (TodoCli cli = new TodoCli(folder)) {
      cli.run("a.db", "add", "Buy milk", "--tag", "home", "--note", "private");
      cli.run("a.db", "add", "Call the plumber", "--priority", "HIGH");

      TodoCli.Result pushed = cli.run("a.db", "push");
      TodoCli.Result pulled = cli.run("b.db", "pull");

      assertThat(pushed.exitCode()).isZero();
      assertThat(pushed.out().strip()).isEqualTo("pushed 3 operations");
      assertThat(cli.run("a.db", "list").out()).doesNotContain("pending").contains("0 changes waiting");
      assertThat(pulled.exitCode()).isZero();
      assertThat(pulled.lines()).containsExactly(
          "pulled todoitems: 2 fetched (2 added or changed, 0 deleted)",
          "pulled tags: 1 fetched (1 added or changed, 0 deleted)");
      assertThat(cli.run("b.db", "list").rows()).extracting(row -> row.get("title") + ":" + row.get("tags") + ":"
          + row.get("priority")).containsExactly("Call the plumber::HIGH", "Buy milk:home:NORMAL");
      assertThat(cli.run("a.db", "push").out().strip()).isEqualTo("nothing to push");
    }
  }

  @Test
  void aSecondPullFetchesOnlyWhatChanged() {
    try (TodoCli cli = new TodoCli(folder)) {
      cli.run("a.db", "add", "one");
      cli.run("a.db", "add", "two");
      cli.run("a.db", "push");
      cli.run("b.db", "pull");
      cli.run("a.db", "done", cli.id("a.db", "two"));
      cli.run("a.db", "push");

      TodoCli.Result second = cli.run("b.db", "pull");

      assertThat(second.lines()).first().isEqualTo("pulled todoitems: 1 fetched (1 added or changed, 0 deleted)");
      assertThat(cli.run("b.db", "list", "--done").out()).contains("two");
    }
  }

  @Test
  void syncPushesThenPullsAndDeletesReachTheOtherStore() {
    try (TodoCli cli = new TodoCli(folder)) {
      cli.run("a.db", "add", "doomed", "--tag", "x");
      cli.run("a.db", "sync");
      cli.run("b.db", "sync");
      cli.run("b.db", "rm", cli.id("b.db", "doomed"));

      TodoCli.Result pushedByB = cli.run("b.db", "sync");
      TodoCli.Result pulledByA = cli.run("a.db", "sync");

      assertThat(pushedByB.exitCode()).isZero();
      assertThat(pushedByB.lines()).first().isEqualTo("pushed 2 operations");
      assertThat(pulledByA.lines()).containsExactly("nothing to push",
          "pulled todoitems: 1 fetched (0 added or changed, 1 deleted)",
          "pulled tags: 1 fetched (0 added or changed, 1 deleted)");
      assertThat(cli.run("a.db", "list").out()).startsWith("0 items");
    }
  }

  @Test
  void offlineEveryServiceCommandSaysSoInOneLineAndKeepsTheChanges() {
    try (TodoCli cli = new TodoCli(folder)) {
      cli.run("a.db", "add", "written offline");
      cli.stopService();

      for (String command : new String[] {"push", "pull", "sync"}) {
        TodoCli.Result result = cli.run("a.db", command);

        assertThat(result.exitCode()).as(command).isEqualTo(3);
        assertThat(result.out()).as(command).isEmpty();
        assertThat(result.err()).as(command).isEqualTo("offline: the service could not be reached (connection"
            + " refused). Local changes stay queued; try again when the service is reachable."
            + System.lineSeparator());
      }
      assertThat(cli.run("a.db", "status").out()).contains("queue:   1 operation (todoitems 1)");
    }
  }

  @Test
  void aTokenIsSentAndARefusedOneIsOneClearLine() {
    try (TodoCli cli = new TodoCli(folder, Authenticator.tokens(Map.of("s3cret-token", "alice")))) {
      cli.run("a.db", "add", "private");

      TodoCli.Result without = cli.run("a.db", "push");
      TodoCli.Result wrong = cli.run("a.db", "--token", "guess", "push");
      TodoCli.Result with = cli.run("a.db", "--token", "s3cret-token", "push");

      assertThat(without.exitCode()).isEqualTo(4);
      assertThat(without.err()).startsWith("not authorized: ").contains("401").endsWith(
          "Check --token (or OFFSYNC_TOKEN)." + System.lineSeparator());
      assertThat(wrong.exitCode()).isEqualTo(4);
      assertThat(wrong.err()).doesNotContain("guess");
      assertThat(with.exitCode()).isZero();
      assertThat(with.out().strip()).isEqualTo("pushed 1 operation");
    }
  }
}
