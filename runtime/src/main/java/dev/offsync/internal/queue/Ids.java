package dev.offsync.internal.queue;

import dev.offsync.errors.InvalidItemException;
import java.util.UUID;

/** Item ids: generated as the service does, and checked against the protocol's pattern. */
public final class Ids {

  private static final int MAX_LENGTH = 127;
  private static final String PUNCTUATION = "_.|:-";

  private Ids() {}

  /** A new random id: 32 lowercase hex characters, like the ones the service generates. */
  public static String generate() {
    UUID uuid = UUID.randomUUID();
    return hex(uuid.getMostSignificantBits()) + hex(uuid.getLeastSignificantBits());
  }

  private static String hex(long bits) {
    String digits = Long.toHexString(bits);
    return "0".repeat(16 - digits.length()) + digits;
  }

  /**
   * Checks that an id is one the service accepts.
   *
   * @throws InvalidItemException naming the table, the id and the rule
   */
  public static String check(String table, String id) {
    if (!isValid(id)) {
      throw new InvalidItemException("Invalid id '" + abbreviate(id) + "' for table '" + table + "': an id"
          + " starts with a letter or digit, continues with letters, digits or _ . | : -, and has at most"
          + " 127 characters. Leave the id null on insert to have one generated.");
    }
    return id;
  }

  /**
   * Whether the id matches {@code ^[a-zA-Z0-9][a-zA-Z0-9_.|:-]{0,126}$}; a loop rather than a regular
   * expression, since it runs for every item inserted and pulled.
   */
  public static boolean isValid(String id) {
    if (id == null) {
      return false;
    }
    int length = id.length();
    if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = id.charAt(i);
      if (!isLetterOrDigit(c) && PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit, as the protocol's pattern means it. */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String abbreviate(String id) {
    return id.length() <= 64 ? id : id.substring(0, 61) + "...";
  }
}
