package dev.offsync.query.internal;

/** Small text helpers for messages. */
final class Text {

  private static final int LIMIT = 40;

  private Text() {}

  /** The text, cut to a readable length so that a hostile input is never echoed whole. */
  static String abbreviate(String text) {
    return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 3) + "...";
  }
}
