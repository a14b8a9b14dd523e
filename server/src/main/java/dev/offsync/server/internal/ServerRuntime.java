package dev.offsync.server.internal;

import dev.offsync.server.internal.javalin.JavalinAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running standalone server: the protocol core and the HTTP listener, closed together. */
public final class ServerRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServerRuntime.class);

  private final ServerCore core;
  private final JavalinAdapter http;

  private ServerRuntime(ServerCore core, JavalinAdapter http) {
    this.core = core;
    this.http = http;
  }

  /** Starts listening; closes the core if that fails. */
  public static ServerRuntime start(ServerCore core, String host, int port) {
    try {
      JavalinAdapter http = JavalinAdapter.start(core.handler(), host, port);
      LOG.info("Serving {} table(s) on {}:{}", core.tableCount(), host, http.port());
      return new ServerRuntime(core, http);
    } catch (RuntimeException e) {
      core.close();
      throw e;
    }
  }

  /** The port it listens on. */
  public int port() {
    return http.port();
  }

  /** Ends the change streams, stops listening, then closes the database. */
  @Override
  public void close() {
    try {
      core.closeChangeStreams();
      http.close();
    } finally {
      core.close();
    }
  }
}
