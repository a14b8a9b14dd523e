package dev.offsync.internal.store.sqlite;

import dev.offsync.errors.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes sure one store file is used by one client at a time, in this JVM and across processes, so that the
 * client's single writer connection is the file's only writer.
 *
 * <p>Other processes are kept out by an OS lock on a side file {@code <store>.lock}; the side file is never
 * deleted, because deleting a lock file races with a process about to lock it. The OS releases the lock when
 * the process dies, so a killed client leaves nothing stale. Within this JVM a registry is checked first:
 * opening a second channel on a locked file and closing it could release the JVM's lock (POSIX semantics).
 */
final class StoreLock implements AutoCloseable {

  /** Normalized store paths locked by this JVM; guarded by its own monitor. */
  private static final Set<Path> LOCKED = new HashSet<>();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the store file for this client.
   *
   * @throws StoreException naming the file if another client holds it or the lock file cannot be written
   */
  static StoreLock acquire(Path storeFile) {
    Path key = normalize(storeFile);
    synchronized (LOCKED) {
      if (!LOCKED.add(key)) {
        throw inUse(storeFile, "another SyncClient in this process");
      }
    }
    try {
      return lockFile(storeFile, key);
    } catch (RuntimeException e) {
      synchronized (LOCKED) {
        LOCKED.remove(key);
      }
      throw e;
    }
  }

  private static StoreLock lockFile(Path storeFile, Path key) {
    Path lockFile = key.resolveSibling(key.getFileName() + ".lock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw inUse(storeFile, "another process");
      }
      return new StoreLock(key, channel, lock);
    } catch (OverlappingFileLockException e) {
      throw inUse(storeFile, "another SyncClient in this process");
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException("Cannot lock the local store " + storeFile + " (lock file " + lockFile
          + "): " + e.getMessage() + ". Check that the folder exists and is writable.", e);
    }
  }

  private static Path normalize(Path storeFile) {
    Path absolute = storeFile.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    try {
      return parent != null && Files.isDirectory(parent)
          ? parent.toRealPath().resolve(absolute.getFileName())
          : absolute;
    } catch (IOException e) {
      return absolute;
    }
  }

  private static StoreException inUse(Path storeFile, String holder) {
    return new StoreException("The local store " + storeFile + " is locked: it is open in " + holder
        + ". Close that SyncClient first, or use another store file.");
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nothing was locked through this channel; there is nothing to undo.
      }
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // Closing the channel releases the OS lock in any case.
    } finally {
      synchronized (LOCKED) {
        LOCKED.remove(key);
      }
    }
  }
}
