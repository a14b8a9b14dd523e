package dev.offsync.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.sample.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a user runs it, in-process with a smaller backlog: every chapter, and the convergence check. */
class DemoIT {

  @TempDir
  Path folder;

  /**
   * What one run printed.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exitCode, String out, String err) {

    List<String> lines() {
      return out.replace('\r', '\n').lines().filter(line -> !line.isBlank()).toList();
    }

    String lastLine() {
      List<String> lines = lines();
      return lines.get(lines.size() - 1);
    }
  }

  private static Run demo(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theDemoTellsTheWholeCycleWithProgressBarsAndEndsConverged() {
    Path kept = folder.resolve("files");
    Run run = demo("demo", "--items", "120", "--dir", kept.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine()).isEqualTo("converged: device A = device B = service (122 items)");
    assertThat(run.out()).contains(
        "1. Device A works offline",
        "A's pending operations: todoitems 123, tags 4",
        "A tries to push: the service could not be reached (connection refused).",
        "Nothing is lost. A's status: offline since ",
        "127 operations queued (todoitems 123, tags 4), 0 failed.",
        "pushed 127 operations (todoitems 123, tags 4)",
        "first pull:  todoitems 123 fetched in 2 requests, tags 4 fetched in 1 request",
        "second pull: todoitems 1 fetched in 1 request, tags 0 fetched in 1 request  <- incremental",
        "B's screen, a live query on that item, showed the new title as soon as the pull committed it.",
        "The service refuses B's copy (412",
        "A pulls: todoitems 1 fetched (1 deleted) in 1 request, tags 2 fetched (2 deleted)",
        "refused: Cannot purge table 'todoitems': it has 1 pending operation.",
        "B pulls everything again: todoitems ",
        "Changes arrive by themselves: B follows the service's change feed",
        "The service's change feed told B that todoitems changed; B pulled it, and B's screen showed the new date");
    assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches(" *complete +false +true +true"));
    assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches(" *todoitems +122 +122 +122"));
    assertThat(run.out()).contains("A push 100%", "127/127", "B pull todoitems 100%");
    assertThat(kept.resolve("service.db")).exists();
    assertThat(kept.resolve("device-a.db")).exists();
    assertThat(kept.resolve("device-b.db")).exists();
  }

  @Test
  void withoutProgressBarsAndWithClientWinsInATemporaryFolderThatIsDeletedAtTheEnd() {
    Run run = demo("demo", "--items", "60", "--no-progress", "--policy", "client-wins");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("%").contains("client wins: the pushing device's copy");
    assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches(" *complete +false +true +true"));
    assertThat(run.lastLine()).isEqualTo("converged: device A = device B = service (62 items)");
    String line = run.lines().stream().filter(l -> l.strip().startsWith("device A")).findFirst().orElseThrow();
    Path store = Path.of(line.strip().substring("device A".length()).strip());
    assertThat(store.getParent()).doesNotExist();
  }

  @Test
  void withServerWinsTheServicesCopyStays() {
    Run run = demo("demo", "--items", "0", "--policy", "server-wins");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches(" *complete +false +true +false"));
    assertThat(run.lastLine()).isEqualTo("converged: device A = device B = service (2 items)");
  }

  @Test
  void aFolderWithADemosFilesIsRefusedAndLeftAlone() throws Exception {
    Files.writeString(folder.resolve("service.db"), "not ours to delete");

    Run run = demo("demo", "--dir", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("demo failed: The folder " + folder + " already holds a demo's"
        + " service.db; choose an empty folder, or delete its .db files");
    assertThat(folder.resolve("service.db")).hasContent("not ours to delete");
  }

  @Test
  void badOptionsAreUsageErrors() {
    Run negative = demo("demo", "--items", "-1");

    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).contains("--items must be from 0 to 1000000, not -1");
    assertThat(demo("demo", "--policy", "coin-toss").exitCode()).isEqualTo(2);
  }
}
