package dev.offsync.server.internal.javalin;

import dev.offsync.server.internal.protocol.DatasyncHandler;
import dev.offsync.server.internal.servlet.ServletExchange;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.List;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Serves a {@link DatasyncHandler} with Javalin (Jetty 12). It only moves bytes: every path and method goes to
 * the handler, which holds all protocol logic.
 *
 * <p>One cleartext connector speaks HTTP/1.1 and HTTP/2 (h2c): a client may upgrade a connection with
 * {@code Upgrade: h2c} or open it with the HTTP/2 preface (prior knowledge). There is no TLS here; it
 * terminates at a proxy in front of the server.
 */
public final class JavalinAdapter implements AutoCloseable {

  private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
      HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);

  private final Javalin app;

  private JavalinAdapter(Javalin app) {
    this.app = app;
  }

  /** Starts serving on the host and port (0 picks a free port). */
  public static JavalinAdapter start(DatasyncHandler handler, String host, int port) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = Long.MAX_VALUE; // the handler enforces its own limit while reading
      config.jetty.addConnector((server, http) -> connector(server, http, host, port));
      for (HandlerType method : METHODS) {
        config.routes.addHttpHandler(method, "/", ctx -> serve(handler, ctx));
        config.routes.addHttpHandler(method, "/<path>", ctx -> serve(handler, ctx));
      }
    });
    app.start(host, port);
    return new JavalinAdapter(app);
  }

  /** HTTP/1.1 first (what a client that says nothing gets), h2c by upgrade or by its preface on the same port. */
  private static ServerConnector connector(org.eclipse.jetty.server.Server server, HttpConfiguration http,
      String host, int port) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http),
        new HTTP2CServerConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving. */
  @Override
  public void close() {
    app.stop();
  }

  private static void serve(DatasyncHandler handler, Context ctx) throws IOException {
    ServletExchange.serve(handler, ctx.req(), "", ctx.res());
  }
}
