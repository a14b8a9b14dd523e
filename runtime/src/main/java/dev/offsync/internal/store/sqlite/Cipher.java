package dev.offsync.internal.store.sqlite;

import dev.offsync.store.KeySupplier;
import dev.offsync.errors.StoreException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * Keys the connections of an encrypted store with SQLite3 Multiple Ciphers (its default cipher,
 * ChaCha20-Poly1305): the passphrase's UTF-8 bytes in hex go to the driver as its {@code password} setting
 * with {@code hexkey_mode=SSE}, so the driver keys the connection with {@code PRAGMA hexkey} before its first
 * read (hex leaves nothing to quote). The passphrase arrays are cleared at once; the one string the driver
 * needs, which Java cannot clear, is dropped as soon as the connection is open, and never logged.
 *
 * <p>The plain SQLite of {@code org.xerial:sqlite-jdbc} ignores keys, which would leave the file
 * unencrypted; so support is checked first, on a private in-memory database, by asking for the current
 * cipher, which only the encrypting build answers.
 */
final class Cipher {

  /** The driver to use for encrypted stores. */
  static final String DRIVER = "io.github.willena:sqlite-jdbc";
  /** The cipher of plain files that Offsync encrypts (SQLite3 Multiple Ciphers' default for new files). */
  static final String CIPHER = "chacha20";

  private Cipher() {}

  /** Whether the driver encrypts; it cannot change while the class path stays, so it is asked once. */
  private static volatile Boolean supported;

  /** Opens a keyed connection to {@code url}. */
  static Connection open(SQLiteConfig config, String url, KeySupplier key, String store) throws SQLException {
    requireSupport(store);
    Properties properties = config.toProperties();
    char[] hex = hex(key, store);
    try {
      properties.setProperty("hexkey_mode", "SSE");
      properties.setProperty("password", new String(hex));
      return new SQLiteConfig(properties).createConnection(url);
    } finally {
      properties.remove("password");
      Arrays.fill(hex, '\0');
    }
  }

  /** Changes the key of an open, keyed connection's database; null decrypts it. */
  static void rekey(Connection connection, KeySupplier replacement, String store) throws SQLException {
    if (replacement == null) {
      Sql.exec(connection, "PRAGMA rekey = ''");
      return;
    }
    char[] hex = hex(replacement, store);
    try {
      Sql.exec(connection, "PRAGMA hexrekey = '" + new String(hex) + "'");
    } finally {
      Arrays.fill(hex, '\0');
    }
  }

  /**
   * Throws unless the driver encrypts.
   *
   * @throws StoreException naming the driver to use
   */
  static void requireSupport(String store) {
    if (supported == null) {
      supported = probe();
    }
    if (!supported) {
      throw new StoreException("The local store " + store + " is to be encrypted, but the SQLite driver on the"
          + " class path cannot encrypt (org.xerial:sqlite-jdbc is plain SQLite). Replace the dependency"
          + " org.xerial:sqlite-jdbc with " + DRIVER + " (the SQLite3 Multiple Ciphers build of the same"
          + " driver; never both). See docs/stores.md.");
    }
  }

  /** Whether the driver's SQLite knows the {@code cipher} pragma. */
  private static boolean probe() {
    try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
        Statement statement = connection.createStatement()) {
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

  /** The passphrase's UTF-8 bytes in hex; the passphrase and the bytes are cleared. */
  private static char[] hex(KeySupplier key, String store) {
    char[] passphrase = key.key();
    ByteBuffer bytes = null;
    try {
      if (passphrase == null || passphrase.length == 0) {
        throw new StoreException("The encryption key of the local store " + store + " is empty; an empty key"
            + " would leave the file unencrypted. Supply a passphrase.");
      }
      bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(passphrase));
      char[] hex = new char[bytes.remaining() * 2];
      for (int i = 0; bytes.hasRemaining(); i += 2) {
        int value = bytes.get() & 0xff;
        hex[i] = Character.forDigit(value >>> 4, 16);
        hex[i + 1] = Character.forDigit(value & 0xf, 16);
      }
      return hex;
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
    }
  }
}
