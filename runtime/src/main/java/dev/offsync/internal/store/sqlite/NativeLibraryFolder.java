package dev.offsync.internal.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * Gives sqlite-jdbc a native-library folder of this process's own. The driver extracts its native library into
 * {@code org.sqlite.tmpdir} (default {@code java.io.tmpdir}) and, at start, deletes every other copy there
 * whose lock file it does not see; two JVMs starting at once race on each other's fresh copies, and the loser
 * logs "Failed to delete old native lib" with a stack trace (sqlite-jdbc 3.54.1.0,
 * {@code SQLiteJDBCLoader.cleanup}). In a folder per process there is nothing of another process to delete.
 * The folders of processes that are gone are removed here instead, so killed processes leave nothing behind.
 * An {@code org.sqlite.tmpdir} the application set is left alone.
 */
@IgnoreJRERequirement // JVM only: the sqlite-jdbc store, which Android leaves out
final class NativeLibraryFolder {

  static final String PROPERTY = "org.sqlite.tmpdir";

  private NativeLibraryFolder() {}

  /** Sets the property once per process, before the driver first loads its library; best effort. */
  static synchronized void prepare() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    Path parent = Path.of(System.getProperty("java.io.tmpdir"),
        "offsync-sqlite-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_"));
    Path own = parent.resolve(Long.toString(ProcessHandle.current().pid()));
    try {
      Files.createDirectories(own);
    } catch (IOException e) {
      return; // The driver keeps its default folder: at worst the old log line, never a failure.
    }
    own.toFile().deleteOnExit(); // registered before the driver's files, so deleted after them
    System.setProperty(PROPERTY, own.toString());
    removeFoldersOfEndedProcesses(parent);
  }

  private static void removeFoldersOfEndedProcesses(Path parent) {
    try (Stream<Path> folders = Files.list(parent)) {
      folders.filter(NativeLibraryFolder::isOfEndedProcess).forEach(NativeLibraryFolder::deleteQuietly);
    } catch (IOException | RuntimeException e) {
      // Only tidying: a folder left behind costs disk space, nothing else.
    }
  }

  private static boolean isOfEndedProcess(Path folder) {
    String name = folder.getFileName().toString();
    if (!name.matches("[0-9]{1,19}")) {
      return false;
    }
    long pid = Long.parseLong(name);
    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      // Another process may be tidying the same folder; whichever wins, the folder goes.
    }
  }
}
