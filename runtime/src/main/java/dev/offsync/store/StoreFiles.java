package dev.offsync.store;

import dev.offsync.errors.StoreException;
import dev.offsync.errors.StoreKeyException;
import dev.offsync.internal.store.sqlite.StoreFileOperations;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Work on a SQLite store file that no client has open: change its encryption key, count its queued
 * operations, delete it. Each call locks the store like a client does, so it fails with a
 * {@link StoreException} while a client has the file open, and no client can open it meanwhile.
 */
public final class StoreFiles {

  private StoreFiles() {}

  /**
   * Changes the encryption key of a store file: encrypts a plain store ({@code current} null), re-encrypts
   * an encrypted one, or decrypts it ({@code replacement} null). The file is rewritten in one transaction,
   * so a crash leaves it readable with the old key or the new one; the new key is checked by reading the
   * file with it before this returns. Needs {@code io.github.willena:sqlite-jdbc} (see docs/stores.md).
   *
   * @throws StoreKeyException if {@code current} does not open the file
   * @throws StoreException if the file is open in a client, missing, not an Offsync store, or the driver
   *     cannot encrypt
   */
  public static void rekey(Path file, KeySupplier current, KeySupplier replacement) {
    StoreFileOperations.rekey(Objects.requireNonNull(file, "file"), current, replacement);
  }

  /**
   * The number of operations queued in a store file and not yet pushed; 0 if the file does not exist.
   *
   * @param key the file's encryption key, or null for a plain file
   * @throws StoreKeyException if the key does not open the file
   */
  public static long pendingOperationCount(Path file, KeySupplier key) {
    return StoreFileOperations.pendingOperationCount(Objects.requireNonNull(file, "file"), key);
  }

  /**
   * Deletes a store file with SQLite's {@code -wal}, {@code -shm} and {@code -journal} files and Offsync's
   * {@code .lock} file, whatever it holds; see {@link UserStores#wipe} for a delete that keeps unpushed
   * changes safe.
   *
   * @return whether the store file existed
   * @throws StoreException if a client has the store open or a file cannot be deleted
   */
  public static boolean delete(Path file) {
    return StoreFileOperations.delete(Objects.requireNonNull(file, "file"));
  }
}
