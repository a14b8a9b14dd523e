package dev.offsync.internal.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 14: two JVMs opening stores at once print no "Failed to delete old native lib" stack trace.
 * sqlite-jdbc deletes at start every native-library copy in its folder whose lock file it does not see; the
 * race between two starting JVMs is made certain here by a copy that cannot be deleted (a non-empty folder
 * with a library's name) in the shared temporary folder.
 */
class NativeLibraryFolderIT {

  private static final String TRACE = "Failed to delete old native lib";

  @TempDir
  Path folder;

  @Test
  void twoJvmsStartingAtOncePrintNoStackTrace() throws Exception {
    Path tmp = Files.createDirectory(folder.resolve("tmp"));
    Path stale = Files.createDirectory(tmp.resolve("sqlite-3.54.1.0-0000-libsqlitejdbc.so"));
    Files.writeString(stale.resolve("held"), "in use");
    List<Process> children = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      Path output = folder.resolve(name + ".log");
      outputs.add(output);
      children.add(child(tmp, folder.resolve(name + ".db"), output));
    }
    for (Process child : children) {
      boolean ended = child.waitFor(120, TimeUnit.SECONDS);
      if (!ended) {
        child.destroyForcibly();
      }
      assertThat(ended).isTrue();
      assertThat(child.exitValue()).isZero();
    }
    for (Path output : outputs) {
      assertThat(Files.readString(output, StandardCharsets.UTF_8)).doesNotContain(TRACE).doesNotContain("\tat ");
    }
  }

  private static Process child(Path tmp, Path store, Path output) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        StoreOpeningChild.class.getName(), store.toString())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }
}
