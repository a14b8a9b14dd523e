package dev.offsync.store;

import dev.offsync.android.AndroidStores;
import dev.offsync.testing.LocalStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on the Android store, on a real file. Android classes need Robolectric's sandbox, so
 * these cases run through {@code dev.offsync.android.AndroidStoreContractTest} (inside the sandbox), never on
 * their own: the name does not end in {@code Test}, so surefire does not pick them up directly.
 */
public class AndroidStoreContractCases extends LocalStoreContract {

  @TempDir
  Path folder;

  @Override
  protected LocalStoreFactory newStore() {
    return AndroidStores.file(folder.resolve("store.db").toFile());
  }
}
