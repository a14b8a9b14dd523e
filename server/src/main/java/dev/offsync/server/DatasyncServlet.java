package dev.offsync.server;

import dev.offsync.server.internal.ServerCore;
import dev.offsync.server.internal.servlet.ServletExchange;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The Datasync service as a servlet that a host framework mounts, built by
 * {@link DatasyncServer.Builder#buildServlet()}; its tables are ready when it is built.
 *
 * <pre>{@code
 * DatasyncServlet servlet = DatasyncServer.builder()
 *     .table(TodoItemTable.DEFINITION)
 *     .dataSource(dataSource)
 *     .buildServlet();
 * ServletHolder holder = new ServletHolder(servlet);     // Jetty; Spring Boot: offsync-spring-boot-starter
 * DatasyncServlet.mappings("").forEach(mapping -> context.addServlet(holder, mapping));
 * }</pre>
 *
 * <p>Map it to {@code /tables/*}, or to {@code /prefix/tables/*}: Datasync clients append
 * {@code /tables/{name}} to the service's endpoint, which is then the context's URL plus the prefix. Map it
 * also to {@code [/prefix]/openapi.json} and {@code [/prefix]/health} (all three: {@link #mappings(String)})
 * for the service's OpenAPI description, which clients read to check their schema, and its health check
 * (200 while the database answers, else 503). A mapping that does not end in {@code /tables} (such as
 * {@code /*}) serves the tables at {@code /tables/} below it, and the description and health check too.
 * Requests are served on the container's thread, so an {@link Authenticator} may read a thread-bound security
 * context (Spring Security's). {@link #destroy()} (or {@link #close()}) closes the database, unless it is a
 * host's {@code DataSource}, which stays open.
 */
public final class DatasyncServlet extends HttpServlet implements AutoCloseable {

  private static final long serialVersionUID = 1L;
  private static final String TABLES = "/tables";
  private static final List<String> ENDPOINTS = List.of(TABLES, "/openapi.json", "/health");

  private final transient ServerCore core;

  DatasyncServlet(ServerCore core) {
    this.core = core;
  }

  /**
   * The servlet mappings of a service whose endpoint is {@code prefix} below the context:
   * {@code prefix/tables/*}, {@code prefix/openapi.json} and {@code prefix/health}.
   *
   * @param prefix empty, or a path that starts with {@code /} and does not end with one, such as {@code /api}
   * @throws IllegalArgumentException for another prefix
   */
  public static List<String> mappings(String prefix) {
    if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("*"))) {
      throw new IllegalArgumentException("A prefix is empty or starts with / and does not end with one, not '"
          + prefix + "'");
    }
    return List.of(prefix + TABLES + "/*", prefix + ENDPOINTS.get(1), prefix + ENDPOINTS.get(2));
  }

  /** Serves every method: the protocol core answers the ones it does not support. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ServletExchange.serve(core.handler(), request, endpointPath(request), response);
  }

  /**
   * The raw path of the endpoint: the context path and the mapping's prefix before {@code /tables},
   * {@code /openapi.json} or {@code /health}, taken from the raw request URI segment by segment, since the
   * servlet path the container gives is decoded.
   */
  private static String endpointPath(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String prefix = ENDPOINTS.stream().filter(servletPath::endsWith).findFirst()
        .map(endpoint -> servletPath.substring(0, servletPath.length() - endpoint.length())).orElse(servletPath);
    String contextPath = request.getContextPath();
    String uri = request.getRequestURI();
    int end = contextPath.length();
    for (int segments = (int) prefix.chars().filter(c -> c == '/').count(); segments > 0; segments--) {
      int next = uri.indexOf('/', end + 1);
      end = next < 0 ? uri.length() : next;
    }
    return uri.substring(0, Math.min(end, uri.length()));
  }

  /** Closes the database, unless it is a host's {@code DataSource}; called by the container on shutdown. */
  @Override
  public void destroy() {
    close();
  }

  /** Same as {@link #destroy()}; closing twice is harmless. */
  @Override
  public void close() {
    core.close();
  }
}
