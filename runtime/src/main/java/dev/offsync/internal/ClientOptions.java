package dev.offsync.internal;

import dev.offsync.internal.http.Sleeper;
import dev.offsync.internal.store.StoreHooks;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * What tests change in a client and applications never do: fault hooks inside local writes, how retries
 * wait, how long SQLite waits for another process's lock. Kept off the public builder; tests pass it to
 * {@link ClientAccess#build}.
 *
 * @param storeHooks called inside the store's write transactions ({@link StoreHooks#NONE} in production)
 * @param sleeper how retries wait
 * @param busyTimeout how long to wait for another process's lock on the store file
 */
public record ClientOptions(StoreHooks storeHooks, Sleeper sleeper, Duration busyTimeout) {

  /** What a client built by {@link dev.offsync.SyncClient.Builder#build()} uses. */
  public static final ClientOptions DEFAULTS = new ClientOptions(StoreHooks.NONE, Sleeper.system(),
      SqliteStoreConfig.DEFAULT_BUSY_TIMEOUT);

  /** Checks the parts. */
  public ClientOptions {
    Objects.requireNonNull(storeHooks, "storeHooks");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
  }

  /** These options with other store hooks. */
  public ClientOptions withStoreHooks(StoreHooks hooks) {
    return new ClientOptions(hooks, sleeper, busyTimeout);
  }

  /** These options with another sleeper. */
  public ClientOptions withSleeper(Sleeper retrySleeper) {
    return new ClientOptions(storeHooks, retrySleeper, busyTimeout);
  }

  /** These options with another busy timeout. */
  public ClientOptions withBusyTimeout(Duration timeout) {
    return new ClientOptions(storeHooks, sleeper, timeout);
  }
}
