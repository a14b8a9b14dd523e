package dev.offsync.sample.demo;

import dev.offsync.sample.console.TextTable;
import java.io.PrintWriter;

/** Prints the demo's story: a title, numbered chapters, indented lines and tables. */
final class Story {

  private static final String INDENT = "   ";

  private final PrintWriter out;
  private int chapter;

  Story(PrintWriter out) {
    this.out = out;
  }

  /** The title, underlined. */
  void title(String text) {
    out.println(text);
    out.println("=".repeat(text.length()));
    out.flush();
  }

  /** The next numbered chapter. */
  void chapter(String text) {
    chapter++;
    out.println();
    out.println(chapter + ". " + text);
    out.flush();
  }

  /** One line of the current chapter. */
  void say(String text) {
    out.println(INDENT + text);
    out.flush();
  }

  /** A table in the current chapter, further indented. */
  void table(TextTable table) {
    table.print(out, INDENT + "  ");
  }

  /** A line with no indent, such as the verdict. */
  void plain(String text) {
    out.println(text);
    out.flush();
  }

  /** The writer, for progress bars to share. */
  PrintWriter out() {
    return out;
  }
}
