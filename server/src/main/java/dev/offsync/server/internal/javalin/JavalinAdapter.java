package dev.offsync.server.internal.javalin;

import dev.offsync.server.internal.http.Headers;
import dev.offsync.server.internal.http.HttpRequest;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.http.PathDecoder;
import dev.offsync.server.internal.protocol.DatasyncHandler;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
    HttpServletRequest servletRequest = ctx.req();
    HttpResponse response;
    try {
      response = handler.handle(toRequest(servletRequest));
    } catch (IllegalArgumentException e) {
      response = handler.handle(badPath(servletRequest));
    }
    HttpServletResponse servletResponse = ctx.res();
    servletResponse.setStatus(response.status());
    servletResponse.setContentType(null); // drops Javalin's default; the handler's headers say it all
    for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
      servletResponse.setHeader(header.getKey(), null);
      for (String value : header.getValue()) {
        servletResponse.addHeader(header.getKey(), value);
      }
    }
    if (response.body().length > 0) {
      // Written past Javalin's result pipeline: it answers 304 to any response whose ETag matches the
      // request's If-None-Match, which would turn the protocol's 412 on PUT and DELETE into a 304.
      servletResponse.setContentLength(response.body().length);
      servletResponse.getOutputStream().write(response.body());
    }
  }

  private static HttpRequest toRequest(HttpServletRequest request) throws IOException {
    String rawPath = request.getRequestURI();
    return new HttpRequest(request.getMethod(), baseUri(request), PathDecoder.decode(rawPath), rawPath,
        request.getQueryString(), headers(request), request.getInputStream());
  }

  /** A path that cannot be decoded is answered as a path that does not exist. */
  private static HttpRequest badPath(HttpServletRequest request) {
    return new HttpRequest(request.getMethod(), baseUri(request), "/", "/", "", headers(request), null);
  }

  private static String baseUri(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      host = request.getServerName() + ":" + request.getServerPort();
    }
    return request.getScheme() + "://" + host;
  }

  private static Headers headers(HttpServletRequest request) {
    Headers headers = new Headers();
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        headers.add(name, value);
      }
    }
    return headers;
  }
}
