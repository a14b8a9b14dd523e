package dev.offsync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One store file per signed-in user, in one folder, so that a user who signs out leaves nothing for the
 * next one to see:
 *
 * <pre>{@code
 * UserStores users = UserStores.in(Path.of("data")).withKeys(userId -> keyStore.keyFor(userId));
 * try (SyncClient client = users.configure(SyncClient.builder(), userId)
 *     .tables(TodoItemTable.DEFINITION).endpoint(uri).build()) { ... }
 * // on sign-out, after closing the client:
 * users.wipe(userId);          // refused while the user's changes are not pushed
 * users.wipe(userId, true);    // deletes them anyway
 * }</pre>
 *
 * <p>A user id maps to a file name that is safe on every file system and unique per id:
 * {@code user-<readable part>-<hash>.db}, where the readable part keeps lower-case letters and digits of the
 * id (at most 32) and the hash is the first 16 hex digits of the id's SHA-256, so ids that differ only in
 * case or in dropped characters still get their own files. Immutable and thread-safe.
 */
public final class UserStores {

  private final Path folder;
  private final Function<String, KeySupplier> keys;

  private UserStores(Path folder, Function<String, KeySupplier> keys) {
    this.folder = folder;
    this.keys = keys;
  }

  /** Per-user stores in this folder (which must exist when a store is opened). */
  public static UserStores in(Path folder) {
    return new UserStores(Objects.requireNonNull(folder, "folder"), null);
  }

  /** These stores encrypted, each with the key the function gives for its user id. */
  public UserStores withKeys(Function<String, KeySupplier> keysByUser) {
    return new UserStores(folder, Objects.requireNonNull(keysByUser, "keysByUser"));
  }

  /**
   * The store file of a user.
   *
   * @throws IllegalArgumentException if the id is empty
   */
  public Path storeFile(String userId) {
    return folder.resolve(fileName(userId));
  }

  /** The builder set to this user's store file, and key if these stores are encrypted. */
  public SyncClient.Builder configure(SyncClient.Builder builder, String userId) {
    builder.store(storeFile(userId));
    KeySupplier key = key(userId);
    if (key != null) {
      builder.encryptionKey(key);
    }
    return builder;
  }

  /**
   * Deletes a user's store unless it holds changes not yet pushed; see {@link #wipe(String, boolean)}.
   *
   * @throws PendingOperationsException if the store has queued operations (nothing is deleted)
   */
  public boolean wipe(String userId) {
    return wipe(userId, false);
  }

  /**
   * Deletes a user's store file with its {@code -wal}, {@code -shm} and lock files. Unless {@code force},
   * refused while the store has queued operations, which would be lost; with {@code force}, deleted whatever
   * it holds, even if it cannot be read (a lost key).
   *
   * @return whether the user had a store file
   * @throws PendingOperationsException if not forced and operations are queued (nothing is deleted)
   * @throws StoreException if a client has the store open (close it first)
   */
  public boolean wipe(String userId, boolean force) {
    Path file = storeFile(userId);
    if (!force) {
      long pending = StoreFiles.pendingOperationCount(file, key(userId));
      if (pending > 0) {
        throw new PendingOperationsException("Cannot wipe the local store " + file + ": it has " + pending
            + " operation" + (pending == 1 ? "" : "s") + " not yet pushed. Push them first, or force the wipe"
            + " to discard them.", null, pending);
      }
    }
    return StoreFiles.delete(file);
  }

  private KeySupplier key(String userId) {
    return keys == null ? null : keys.apply(userId);
  }

  static String fileName(String userId) {
    Objects.requireNonNull(userId, "userId");
    if (userId.isEmpty()) {
      throw new IllegalArgumentException("A user id must not be empty");
    }
    StringBuilder readable = new StringBuilder();
    for (int i = 0; i < userId.length() && readable.length() < 32; i++) {
      char c = Character.toLowerCase(userId.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        readable.append(c);
      }
    }
    return "user-" + readable + (readable.length() == 0 ? "" : "-") + hash(userId) + ".db";
  }

  private static String hash(String userId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
      // Not java.util.HexFormat: Android has it only from API 34. 16 digits, leading zeros kept.
      return String.format(Locale.ROOT, "%016x", new java.math.BigInteger(1, java.util.Arrays.copyOf(digest, 8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
