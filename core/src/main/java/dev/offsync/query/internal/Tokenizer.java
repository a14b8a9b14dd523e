package dev.offsync.query.internal;

import dev.offsync.query.ODataSyntaxException;

/**
 * Splits OData text into tokens on demand, with one token of look-ahead. The parser pulls tokens, which lets it
 * read the unquoted value inside {@code cast(...)} as raw text.
 */
public final class Tokenizer {

  private final String input;
  private int offset;
  private Token peeked;

  /** A tokenizer at the start of {@code input}. */
  public Tokenizer(String input) {
    this.input = input;
  }

  /** The offset just after the last character read. */
  public int offset() {
    return offset;
  }

  /** The next token, without consuming it. */
  public Token peek() {
    if (peeked == null) {
      peeked = read();
    }
    return peeked;
  }

  /** The next token, consumed. */
  public Token next() {
    Token token = peek();
    peeked = null;
    return token;
  }

  /**
   * The raw text up to the next top-level {@code ,} or {@code )}, trimmed: the value of {@code cast(value,type)}.
   * Must be called with no token peeked.
   */
  public Token raw() {
    if (peeked != null) {
      throw new IllegalStateException("raw() after peek()");
    }
    skipSpace();
    int start = offset;
    if (offset < input.length() && input.charAt(offset) == '\'') {
      return string(start);
    }
    while (offset < input.length() && input.charAt(offset) != ',' && input.charAt(offset) != ')') {
      offset++;
    }
    String text = input.substring(start, offset).strip();
    if (text.isEmpty()) {
      throw new ODataSyntaxException("Expected a value in cast(...)", start);
    }
    return new Token(Token.Kind.BARE_LITERAL, text, null, start);
  }

  private Token read() {
    skipSpace();
    int start = offset;
    if (offset >= input.length()) {
      return new Token(Token.Kind.END, "", null, start);
    }
    char c = input.charAt(offset);
    switch (c) {
      case '(' -> {
        offset++;
        return new Token(Token.Kind.OPEN, "(", null, start);
      }
      case ')' -> {
        offset++;
        return new Token(Token.Kind.CLOSE, ")", null, start);
      }
      case ',' -> {
        offset++;
        return new Token(Token.Kind.COMMA, ",", null, start);
      }
      case '\'' -> {
        return string(start);
      }
      default -> {
        return word(c, start);
      }
    }
  }

  private Token word(char c, int start) {
    if (isDigit(c) || (c == '-' && offset + 1 < input.length() && isDigit(input.charAt(offset + 1)))) {
      offset++;
      while (offset < input.length() && isBareLiteralPart(input.charAt(offset))) {
        offset++;
      }
      return new Token(Token.Kind.BARE_LITERAL, input.substring(start, offset), null, start);
    }
    if (isIdentifierStart(c)) {
      offset++;
      while (offset < input.length() && isIdentifierPart(input.charAt(offset))) {
        offset++;
      }
      String name = input.substring(start, offset);
      if (offset < input.length() && input.charAt(offset) == '\'') {
        Token body = string(offset);
        return new Token(Token.Kind.PREFIXED, body.text(), name, start);
      }
      return new Token(Token.Kind.IDENTIFIER, name, null, start);
    }
    throw new ODataSyntaxException("Unexpected character '" + printable(input.codePointAt(offset)) + "'", start);
  }

  private Token string(int start) {
    StringBuilder text = new StringBuilder();
    int i = start + 1;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (c == '\'') {
        if (i + 1 < input.length() && input.charAt(i + 1) == '\'') {
          text.append('\'');
          i += 2;
          continue;
        }
        offset = i + 1;
        return new Token(Token.Kind.STRING, text.toString(), null, start);
      }
      text.append(c);
      i++;
    }
    throw new ODataSyntaxException("Unterminated string literal: add the closing quote; write a quote inside a"
        + " string as ''", start);
  }

  private void skipSpace() {
    while (offset < input.length() && isSpace(input.charAt(offset))) {
      offset++;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c) || c == '.';
  }

  private static boolean isBareLiteralPart(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == ':' || c == '-'
        || c == '+';
  }

  private static String printable(int codePoint) {
    return Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
        ? String.format("\\u%04x", codePoint) : new String(Character.toChars(codePoint));
  }
}
