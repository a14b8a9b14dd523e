package dev.offsync.sample;

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
 * The runnable jar ({@code target/offsync-sample.jar}, built by the package phase) as the README runs it: no
 * arguments runs the demo, {@code todo ...} the CLI. Checks what only the shaded jar can show: every
 * dependency is inside, and logging is configured (nothing but warnings reaches standard error).
 */
class JarIT {

  private static final Path JAR = Path.of("target", "offsync-sample.jar");
  private static final long TIMEOUT_SECONDS = 180;

  @TempDir
  Path folder;

  /**
   * A finished run of the jar.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exitCode, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    Process process = new ProcessBuilder(command).directory(folder.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("java -jar " + String.join(" ", args) + " did not end within "
          + TIMEOUT_SECONDS + " s");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void withoutArgumentsTheJarRunsTheDemoToConvergence() throws Exception {
    Run run = java();

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("a backlog of 3000 items", "pushed 3007 operations", "A push 100%");
    assertThat(run.out().strip()).endsWith("converged: device A = device B = service (3002 items)");
  }

  @Test
  void theTodoCommandsRunFromTheJar() throws Exception {
    Run version = java("todo", "--version");
    Run added = java("todo", "--store", "todo.db", "add", "Buy", "milk");
    Run listed = java("todo", "--store", "todo.db", "list");
    Run offline = java("todo", "--service", "http://127.0.0.1:9", "--store", "todo.db", "push");

    assertThat(version.out().strip()).matches("Offsync sample \\d+\\.\\d+\\.\\d+.*");
    assertThat(added.exitCode()).isZero();
    assertThat(listed.out()).contains("Buy milk", "insert pending");
    assertThat(listed.err()).isEmpty();
    assertThat(offline.exitCode()).isEqualTo(3);
    assertThat(offline.err()).startsWith("offline: ").doesNotContain("Exception", "\tat ");
  }
}
