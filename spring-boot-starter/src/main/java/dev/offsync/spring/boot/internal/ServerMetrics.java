package dev.offsync.spring.boot.internal;

import dev.offsync.server.DatasyncServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The application's Micrometer registry for the server's meters; a bean only where Micrometer is on the class
 * path, so the starter's own configuration never names {@code MeterRegistry}.
 */
public final class ServerMetrics {

  private final ObjectProvider<MeterRegistry> registry;

  /** The registry the context holds, if it holds exactly one. */
  public ServerMetrics(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  /** Records the server's meters on the registry, if there is one. */
  public void applyTo(DatasyncServer.Builder builder) {
    registry.ifUnique(builder::meterRegistry);
  }
}
