package dev.offsync.benchmarks.server;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A server under load in a process of its own, so that its CPU time (garbage collection and JIT included) can be
 * read apart from the load generator's, the same way for the Java server and the Node one. The process prints
 * {@code LISTENING <port>} when it serves and exits when its standard input closes.
 */
final class ServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Process process;
  private final int port;

  private ServerProcess(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  /** Starts the command in {@code folder} and waits for its {@code LISTENING} line; its log goes to a file. */
  static ServerProcess start(String name, List<String> command, Path folder, Map<String, String> environment)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectError(folder.resolve(name + ".log").toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    CompletableFuture<Integer> listening = CompletableFuture.supplyAsync(() -> awaitPort(out));
    try {
      return new ServerProcess(name, process, listening.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("The " + name + " server did not start within " + START_TIMEOUT.toSeconds()
          + " s: " + tail(folder.resolve(name + ".log")), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while starting the " + name + " server", e);
    }
  }

  /** A command that runs {@code mainClass} in a new JVM of this one's kind and class path. */
  static List<String> javaCommand(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    // Absolute entries: the child runs in another folder.
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    command.addAll(List.of("-cp", classPath, mainClass.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private static String tail(Path log) {
    try {
      String text = java.nio.file.Files.readString(log, StandardCharsets.UTF_8).strip();
      return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int awaitPort(BufferedReader out) {
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("LISTENING ")) {
          return Integer.parseInt(line.substring("LISTENING ".length()).trim());
        }
      }
      throw new IllegalStateException("The server exited before it listened");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  /** The CPU time the server's process has used so far, in nanoseconds, or -1 where the OS does not say. */
  long cpuNanos() {
    return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
