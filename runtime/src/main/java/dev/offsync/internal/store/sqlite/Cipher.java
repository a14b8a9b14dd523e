package dev.offsync.internal.store.sqlite;

import dev.offsync.KeySupplier;
import dev.offsync.StoreException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Keys a connection of an encrypted store through SQLite3 Multiple Ciphers' pragmas: {@code cipher}
 * (ChaCha20-Poly1305, fixed so that a file does not depend on a driver's default), then {@code hexkey} with
 * the passphrase's UTF-8 bytes in hex (hex leaves nothing to quote). The passphrase arrays are cleared at
 * once; the one pragma string, which Java cannot clear, is not kept or logged.
 *
 * <p>The plain SQLite of {@code org.xerial:sqlite-jdbc} ignores unknown pragmas, which would leave the file
 * unencrypted; so support is checked first, by asking for the current cipher, which only the encrypting
 * build answers.
 */
final class Cipher {

  /** The driver to use for encrypted stores. */
  static final String DRIVER = "io.github.willena:sqlite-jdbc";
  /** The cipher of files Offsync creates. */
  static final String CIPHER = "chacha20";

  private Cipher() {}

  /** Keys a freshly opened connection, before its first read. */
  static void key(Connection connection, KeySupplier key, String store) throws SQLException {
    requireSupport(connection, store);
    Sql.exec(connection, "PRAGMA cipher = '" + CIPHER + "'");
    hexPragma(connection, "hexkey", key, store);
  }

  /** Changes the key of an open, keyed connection's database; null decrypts it. */
  static void rekey(Connection connection, KeySupplier replacement, String store) throws SQLException {
    if (replacement == null) {
      Sql.exec(connection, "PRAGMA rekey = ''");
    } else {
      hexPragma(connection, "hexrekey", replacement, store);
    }
  }

  /**
   * Throws unless the driver encrypts.
   *
   * @throws StoreException naming the driver to use
   */
  static void requireSupport(Connection connection, String store) {
    if (!supported(connection)) {
      throw new StoreException("The local store " + store + " is to be encrypted, but the SQLite driver on the"
          + " class path cannot encrypt (org.xerial:sqlite-jdbc is plain SQLite). Replace the dependency"
          + " org.xerial:sqlite-jdbc with " + DRIVER + " (the SQLite3 Multiple Ciphers build of the same"
          + " driver; never both). See docs/stores.md.");
    }
  }

  /** Whether the connection's SQLite knows the {@code cipher} pragma. */
  static boolean supported(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      if (!statement.execute("PRAGMA cipher")) {
        return false;
      }
      try (ResultSet row = statement.getResultSet()) {
        return row != null && row.next() && row.getString(1) != null;
      }
    } catch (SQLException e) {
      return false;
    }
  }

  private static void hexPragma(Connection connection, String pragma, KeySupplier key, String store)
      throws SQLException {
    char[] passphrase = key.key();
    ByteBuffer bytes = null;
    char[] hex = null;
    try {
      if (passphrase == null || passphrase.length == 0) {
        throw new StoreException("The encryption key of the local store " + store + " is empty; an empty key"
            + " would leave the file unencrypted. Supply a passphrase.");
      }
      bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(passphrase));
      hex = new char[bytes.remaining() * 2];
      for (int i = 0; bytes.hasRemaining(); i += 2) {
        int value = bytes.get() & 0xff;
        hex[i] = Character.forDigit(value >>> 4, 16);
        hex[i + 1] = Character.forDigit(value & 0xf, 16);
      }
      Sql.exec(connection, "PRAGMA " + pragma + " = '" + new String(hex) + "'");
    } catch (CharacterCodingException e) {
      throw new StoreException("The encryption key of the local store " + store + " is not valid text"
          + " (unpaired surrogate)", e);
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
      if (bytes != null && bytes.hasArray()) {
        Arrays.fill(bytes.array(), (byte) 0);
      }
      if (hex != null) {
        Arrays.fill(hex, '\0');
      }
    }
  }
}
