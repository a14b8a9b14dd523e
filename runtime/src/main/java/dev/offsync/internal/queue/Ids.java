package dev.offsync.internal.queue;

import dev.offsync.InvalidItemException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Item ids: generated as the service does, and checked against the protocol's pattern. */
public final class Ids {

  private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.|:-]{0,126}");

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

  /** Whether an id matches the protocol's pattern. */
  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
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

  private static String abbreviate(String id) {
    return id.length() <= 64 ? id : id.substring(0, 61) + "...";
  }
}
