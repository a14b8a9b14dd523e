package dev.offsync.benchmarks.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * What an application can do about sqlite-jdbc's share of the cold start: extract the driver's native library
 * once (at install, or on first run) and name it with {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name},
 * so that every later start loads it instead of copying it out of the jar. (sqlite-jdbc 3.54 copies it at every
 * start under a new random name, so a stable {@code org.sqlite.tmpdir} alone saves nothing.)
 */
final class NativeLibrary {

  private NativeLibrary() {}

  /**
   * Copies this platform's library out of the driver's jar into {@code folder} and returns the JVM options that
   * load it from there; empty when the driver has no library for this platform in its jar.
   */
  static Optional<List<String>> extract(Path folder) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
    try (InputStream library = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
      if (library == null) {
        return Optional.empty();
      }
      Files.createDirectories(folder);
      Files.copy(library, folder.resolve(name));
    }
    return Optional.of(List.of("-Dorg.sqlite.lib.path=" + folder.toAbsolutePath(), "-Dorg.sqlite.lib.name=" + name));
  }
}
