package dev.offsync.internal;

import dev.offsync.SyncClient;
import java.util.Objects;

/**
 * The way from internal code and tests to what the public classes keep private: building a client with
 * {@link ClientOptions}, and a client's {@link ClientRuntime}. {@link SyncClient} registers the bridge when
 * it is initialized (as the JDK's {@code SharedSecrets} do), so the public classes carry no test seams.
 * Not API.
 */
public final class ClientAccess {

  /** What {@link SyncClient} lends to this class. */
  public interface Bridge {
    /** Builds the client the builder describes, with these options. */
    SyncClient build(SyncClient.Builder builder, ClientOptions options);

    /** The client's runtime. */
    ClientRuntime runtime(SyncClient client);
  }

  private static volatile Bridge bridge;

  private ClientAccess() {}

  /**
   * Called once, by {@link SyncClient}'s static initializer.
   *
   * @throws IllegalStateException if a bridge is registered already
   */
  public static synchronized void register(Bridge clientBridge) {
    if (bridge != null) {
      throw new IllegalStateException("The SyncClient bridge is registered already");
    }
    bridge = Objects.requireNonNull(clientBridge, "clientBridge");
  }

  /** Builds the client the builder describes, with these options instead of the defaults. */
  public static SyncClient build(SyncClient.Builder builder, ClientOptions options) {
    return bridge.build(Objects.requireNonNull(builder, "builder"), Objects.requireNonNull(options, "options"));
  }

  /** The runtime of a client. */
  public static ClientRuntime runtime(SyncClient client) {
    return bridge.runtime(Objects.requireNonNull(client, "client"));
  }
}
