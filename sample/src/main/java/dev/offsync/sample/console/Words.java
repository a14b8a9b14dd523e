package dev.offsync.sample.console;

/** Counts in words: {@code 1 item}, {@code 2 items}. */
public final class Words {

  private Words() {}

  /** {@code count} and the noun, with an {@code s} unless the count is 1. */
  public static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
