package dev.offsync.server;

import dev.offsync.server.internal.ServerCore;
import dev.offsync.server.internal.servlet.ServletExchange;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Datasync service as a servlet that a host framework mounts, built by
 * {@link DatasyncServer.Builder#buildServlet()}; its tables are ready when it is built.
 *
 * <pre>{@code
 * DatasyncServlet servlet = DatasyncServer.builder()
 *     .table(TodoItemTable.DEFINITION)
 *     .dataSource(dataSource)
 *     .buildServlet();
 * context.addServlet(servlet, "/tables/*");   // Jetty; Spring Boot: offsync-spring-boot-starter does this
 * }</pre>
 *
 * <p>Map it to {@code /tables/*}, or to {@code /prefix/tables/*}: Datasync clients append
 * {@code /tables/{name}} to the service's endpoint, which is then the context's URL plus the prefix. A mapping
 * that does not end in {@code /tables} (such as {@code /*}) serves the tables at {@code /tables/} below it.
 * Requests are served on the container's thread, so an {@link Authenticator} may read a thread-bound security
 * context (Spring Security's). {@link #destroy()} (or {@link #close()}) closes the database, unless it is a
 * host's {@code DataSource}, which stays open.
 */
public final class DatasyncServlet extends HttpServlet implements AutoCloseable {

  private static final long serialVersionUID = 1L;
  private static final String TABLES = "/tables";

  private final transient ServerCore core;

  DatasyncServlet(ServerCore core) {
    this.core = core;
  }

  /** Serves every method: the protocol core answers the ones it does not support. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ServletExchange.serve(core.handler(), request, endpointPath(request), response);
  }

  /**
   * The raw path of the endpoint: the context path and the mapping's prefix before {@code /tables}, taken from
   * the raw request URI segment by segment, since the servlet path the container gives is decoded.
   */
  private static String endpointPath(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String prefix = servletPath.endsWith(TABLES)
        ? servletPath.substring(0, servletPath.length() - TABLES.length()) : servletPath;
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
