package dev.offsync.benchmarks.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ColdStartChild} in a new JVM of this one's binary and class path and reads its phases.
 *
 * @param phases each phase's time in nanoseconds (and the child's counts), in the order it printed them
 * @param jvmToMainMillis from just before the process was started to the first line of the child's main
 */
record ChildRun(Map<String, Long> phases, long jvmToMainMillis) {

  private static final long TIMEOUT_SECONDS = 60;

  /** Starts the child with these JVM options and arguments in {@code folder} and waits for its line. */
  static ChildRun run(Path folder, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartChild.class.getName()));
    command.addAll(List.of(args));
    Path out = folder.resolve("child.out");
    Path err = folder.resolve("child.err");
    long startedMillis = System.currentTimeMillis();
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IOException("The cold-start child " + args[0] + " did not end within " + TIMEOUT_SECONDS + " s");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || !stdout.contains("COLDSTART ")) {
      throw new IOException("The cold-start child " + args[0] + " failed (exit " + process.exitValue() + "): "
          + Files.readString(err, StandardCharsets.UTF_8).strip());
    }
    return parse(stdout, startedMillis);
  }

  static ChildRun parse(String stdout, long startedMillis) {
    String line = stdout.lines().filter(l -> l.startsWith("COLDSTART ")).findFirst().orElseThrow();
    Map<String, Long> phases = new LinkedHashMap<>();
    long mainAtMillis = 0;
    for (String pair : line.substring("COLDSTART ".length()).trim().split(" ")) {
      int equals = pair.indexOf('=');
      String name = pair.substring(0, equals);
      long value = Long.parseLong(pair.substring(equals + 1));
      if (name.equals("mainAtMillis")) {
        mainAtMillis = value;
      } else {
        phases.put(name, value);
      }
    }
    return new ChildRun(phases, mainAtMillis - startedMillis);
  }

  /** A phase in milliseconds. */
  double millis(String phase) {
    Long nanos = phases.get(phase);
    if (nanos == null) {
      throw new IllegalStateException("The child printed no phase '" + phase + "': " + phases);
    }
    return nanos / 1e6;
  }
}
