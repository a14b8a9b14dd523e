package dev.offsync.query.internal;

/**
 * One token of OData text.
 *
 * @param kind what the token is
 * @param text the identifier, the unescaped string, the literal's raw text or the prefixed literal's body
 * @param prefix the prefix of a prefixed literal such as {@code datetime'...'}, else null
 * @param position the zero-based character position where the token starts
 */
public record Token(Kind kind, String text, String prefix, int position) {

  /** The kinds of token. */
  public enum Kind {
    /** A name or keyword; may contain dots, as in {@code Edm.Date}. */
    IDENTIFIER,
    /** A single-quoted string, with {@code ''} unescaped. */
    STRING,
    /** A literal starting with a digit or {@code -digit}: a number, date, time, date-time or GUID. */
    BARE_LITERAL,
    /** A prefixed quoted literal such as {@code datetime'2024-01-01T00:00:00Z'}. */
    PREFIXED,
    /** {@code (}. */
    OPEN,
    /** {@code )}. */
    CLOSE,
    /** {@code ,}. */
    COMMA,
    /** The end of the input. */
    END
  }

  /** Whether this is an identifier equal to {@code keyword}, ignoring case. */
  public boolean isKeyword(String keyword) {
    return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  /** A short description for messages, such as {@code 'foo'} or {@code the end of the input}. */
  public String describe() {
    return switch (kind) {
      case END -> "the end of the input";
      case OPEN -> "'('";
      case CLOSE -> "')'";
      case COMMA -> "','";
      case STRING -> "the string " + Text.abbreviate("'" + text + "'");
      case PREFIXED -> Text.abbreviate(prefix + "'" + text + "'");
      default -> "'" + Text.abbreviate(text) + "'";
    };
  }
}
