package dev.offsync.server.conformance;

import dev.offsync.server.DatasyncServer;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Where a conformance test's service runs: the standalone server, a servlet in a container, a Spring Boot app.
 * The suite talks to it over HTTP only, so one suite checks every host.
 */
@FunctionalInterface
interface TestHost {

  /** The standalone server (Javalin) on 127.0.0.1 and a free port. */
  TestHost STANDALONE = (jdbcUrl, configuration) -> {
    DatasyncServer.Builder builder = DatasyncServer.builder().database(jdbcUrl).host("127.0.0.1").port(0);
    configuration.accept(builder);
    DatasyncServer server = builder.build().start();
    return new Running() {
      @Override
      public URI endpoint() {
        return server.uri();
      }

      @Override
      public boolean ownsEveryPath() {
        return true;
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  };

  /**
   * Serves the database at {@code jdbcUrl} with the tables and options that {@code configuration} sets on a
   * builder whose database the host has set already.
   */
  Running start(String jdbcUrl, Consumer<DatasyncServer.Builder> configuration);

  /** A service that is up. */
  interface Running extends AutoCloseable {

    /** The endpoint a client is given: tables are at {@code endpoint/tables/{name}}. */
    URI endpoint();

    /**
     * Whether the service answers every path of its host; a mounted servlet leaves paths outside its mapping
     * to the host, which answers them in its own way.
     */
    default boolean ownsEveryPath() {
      return false;
    }

    /** Stops the service, leaving its database. */
    @Override
    void close();
  }
}
