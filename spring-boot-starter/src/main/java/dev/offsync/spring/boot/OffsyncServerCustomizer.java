package dev.offsync.spring.boot;

import dev.offsync.server.DatasyncServer;

/**
 * Changes the server the starter builds, after it has set the tables, the {@code DataSource}, the properties,
 * the authenticator and the access policy: declare beans of this type to add tables or options the properties
 * do not cover. Customizers run in {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface OffsyncServerCustomizer {

  /** Changes the builder before the servlet is built. */
  void customize(DatasyncServer.Builder builder);
}
