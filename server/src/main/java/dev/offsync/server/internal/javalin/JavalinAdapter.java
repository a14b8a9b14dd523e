package dev.offsync.server.internal.javalin;

import dev.offsync.server.internal.protocol.DatasyncHandler;
import dev.offsync.server.internal.servlet.ServletExchange;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.List;

/**
 * Serves a {@link DatasyncHandler} with Javalin (Jetty 12). It only moves bytes: every path and method goes to
 * the handler, which holds all protocol logic.
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
      for (HandlerType method : METHODS) {
        config.routes.addHttpHandler(method, "/", ctx -> serve(handler, ctx));
        config.routes.addHttpHandler(method, "/<path>", ctx -> serve(handler, ctx));
      }
    });
    app.start(host, port);
    return new JavalinAdapter(app);
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
