package dev.offsync.sync;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Node server {@code azure-mobile-apps} 4.0.2 with {@code express@4} and {@code sqlite3@5}, installed with
 * npm into a cache folder outside the repository ({@code ~/.cache/offsync/amv2}, or
 * {@code OFFSYNC_AMV2_CACHE}) and reused while it loads. A missing {@code node} or {@code npm}, or a failed
 * install, aborts the calling tests as skipped with the reason (never a silent pass).
 */
final class NodeInstall {

  private static final Logger log = LoggerFactory.getLogger(NodeInstall.class);

  static final List<String> PACKAGES = List.of("azure-mobile-apps@4.0.2", "express@4", "sqlite3@5");
  /** sqlite3 builds from source where no prebuilt binary fits: about a minute on two cores. */
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
  private static final String CHECK = "var v=require('azure-mobile-apps/package.json').version;"
      + "if(v!=='4.0.2'){console.error('azure-mobile-apps '+v);process.exit(3)}"
      + "require('express');require('sqlite3');";

  private NodeInstall() {}

  /** The cache folder with a working install, installing it first if needed; aborts the test if it cannot. */
  static Path ready() {
    Path cache = cacheFolder();
    requireTool("node");
    if (loads(cache)) {
      return cache;
    }
    requireTool("npm");
    try {
      Files.createDirectories(cache.getParent());
      try (FileChannel lockFile = FileChannel.open(cache.resolveSibling(cache.getFileName() + ".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
        if (!loads(cache)) {
          install(cache);
        }
      }
    } catch (IOException e) {
      skip("Could not install " + PACKAGES + " into " + cache + ": " + e);
    }
    return cache;
  }

  private static Path cacheFolder() {
    String configured = System.getenv("OFFSYNC_AMV2_CACHE");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".cache", "offsync", "amv2");
  }

  private static void requireTool(String tool) {
    try {
      Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(CHECK_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        skip("'" + tool + " --version' failed: Node.js and npm are needed to run the legacy"
            + " Azure Mobile Apps server");
      }
    } catch (IOException e) {
      skip("'" + tool + "' is not installed: Node.js and npm are needed to run the legacy Azure"
          + " Mobile Apps server (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      skip("Interrupted while looking for " + tool);
    }
  }

  /** Whether the packages in the cache load (the sqlite3 native module included). */
  private static boolean loads(Path cache) {
    if (!Files.isDirectory(cache.resolve("node_modules"))) {
      return false;
    }
    try {
      return run(List.of("node", "-e", CHECK), cache, cache.resolveSibling("amv2-check.log"), CHECK_TIMEOUT) == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Installs into a new folder beside the cache, then moves it into place, so a half install is never used. */
  private static void install(Path cache) throws IOException {
    Path fresh = Files.createTempDirectory(cache.getParent(), "amv2-installing-");
    Path log = cache.resolveSibling("amv2-npm.log");
    Files.writeString(fresh.resolve("package.json"), "{\"name\":\"amv2\",\"private\":true}\n");
    List<String> command = Stream.concat(Stream.of("npm", "install", "--no-audit", "--no-fund",
        "--loglevel=error"), PACKAGES.stream()).toList();
    int exit = run(command, fresh, log, INSTALL_TIMEOUT);
    if (exit != 0 || !loads(fresh)) {
      deleteTree(fresh);
      skip("npm install " + String.join(" ", PACKAGES) + " failed (exit " + exit + "): "
          + tail(log));
    }
    if (Files.exists(cache)) {
      deleteTree(cache);
    }
    Files.move(fresh, cache, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Runs a command with its output in a log file; the exit code, or -1 after the timeout (process killed). */
  static int run(List<String> command, Path folder, Path log, Duration timeout) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("NODE_PATH", folder.resolve("node_modules").toString());
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return -1;
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  static String tail(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8).strip();
      return text.length() <= 1500 ? text : "..." + text.substring(text.length() - 1500);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Skips the calling tests with the reason, also logged so that it shows in the build's output. */
  private static void skip(String reason) {
    log.warn("LegacyServerIT skipped: {}", reason);
    Assumptions.abort(reason);
  }

  /** The environment a server process needs: the cache's modules on NODE_PATH. */
  static Map<String, String> environment(Path cache) {
    return Map.of("NODE_PATH", cache.resolve("node_modules").toString());
  }
}
