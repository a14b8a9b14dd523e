package dev.offsync.android.internal;

import dev.offsync.errors.StoreException;
import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The store files open in this process. The JVM store locks its file against other processes; an Android
 * app is one process, so a second client of the same file is refused here, before it could open a second
 * writer.
 */
final class OpenFiles {

  private static final Set<String> OPEN = new HashSet<>();

  private OpenFiles() {}

  /** Marks the file open, returning the key to {@link #release} it with. */
  static String claim(File file) {
    String key = canonical(file);
    synchronized (OPEN) {
      if (!OPEN.add(key)) {
        throw new StoreException("The local store " + file + " is already open in another SyncClient of this"
            + " app. Close that client first, or share it.");
      }
    }
    return key;
  }

  /** Marks the file closed. */
  static void release(String key) {
    synchronized (OPEN) {
      OPEN.remove(key);
    }
  }

  private static String canonical(File file) {
    try {
      return file.getCanonicalPath();
    } catch (IOException e) {
      return file.getAbsolutePath();
    }
  }
}
