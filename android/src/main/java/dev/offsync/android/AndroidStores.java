package dev.offsync.android;

import android.content.Context;
import dev.offsync.android.internal.AndroidStore;
import dev.offsync.store.LocalStoreFactory;
import java.io.File;
import java.util.Objects;

/**
 * Local stores on Android's own SQLite ({@code android.database.sqlite}), for
 * {@code SyncClient.builder().store(...)}:
 *
 * <pre>{@code
 * SyncClient client = SyncClient.builder()
 *     .store(AndroidStores.database(context, "todo.db"))
 *     .tables(TodoItemTable.DEFINITION)
 *     .endpoint(URI.create("https://example.com"))
 *     .build();
 * }</pre>
 *
 * <p>The store is a SQLite file in WAL mode with the SQLite store's layout and rules: one writer at a time,
 * reads on their own snapshot beside it, tables created and migrated on open. A file is open in one client
 * of the process at a time; do not open it from two processes.
 */
public final class AndroidStores {

  private AndroidStores() {}

  /** A store in the app's database folder ({@link Context#getDatabasePath}), created on first use. */
  public static LocalStoreFactory database(Context context, String name) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(name, "name");
    return file(context.getDatabasePath(name));
  }

  /** A store in this file, created on first use; its folder must exist. */
  public static LocalStoreFactory file(File file) {
    Objects.requireNonNull(file, "file");
    return (tables, clock) -> AndroidStore.open(file, tables, clock);
  }
}
