package dev.offsync.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Each scenario's closing line, such as {@code crash: 200 trials, 0 lost, 0 duplicated}: printed by the test and
 * appended to {@code target/reliability-summary.txt}, so a run leaves one file that says what was tried.
 */
final class Summary {

  private static final Path FILE = Path.of("target", "reliability-summary.txt");

  private Summary() {}

  /** Prints the line and appends it to the summary file. */
  static void report(String line) {
    String text = line + " [" + Scale.name() + " size]";
    System.out.println(text);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + FILE.toAbsolutePath(), e);
    }
  }
}
