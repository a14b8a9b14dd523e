package dev.offsync.server.conformance;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.DatasyncServlet;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;

/**
 * The service as a {@link DatasyncServlet} on a host's {@code DataSource}, mounted in a Jetty container under a
 * context path and a prefix, as an application would mount it: {@code /app} + {@code /api/tables/*},
 * {@code /api/openapi.json} and {@code /api/health}.
 */
final class ServletHost implements TestHost {

  static final String CONTEXT_PATH = "/app";
  static final String PREFIX = "/api";

  @Override
  public Running start(String jdbcUrl, Consumer<DatasyncServer.Builder> configuration) {
    HikariDataSource dataSource = dataSource(jdbcUrl);
    try {
      DatasyncServer.Builder builder = DatasyncServer.builder().dataSource(dataSource);
      configuration.accept(builder);
      Server jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
      ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH);
      ServletHolder servlet = new ServletHolder(builder.buildServlet());
      DatasyncServlet.mappings(PREFIX).forEach(mapping -> context.addServlet(servlet, mapping));
      jetty.setHandler(context);
      jetty.start();
      int port = ((NetworkConnector) jetty.getConnectors()[0]).getLocalPort();
      return new Running() {
        @Override
        public URI endpoint() {
          return URI.create("http://127.0.0.1:" + port + CONTEXT_PATH + PREFIX);
        }

        @Override
        public void close() {
          try {
            jetty.stop();
          } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
          } finally {
            dataSource.close();
          }
        }
      };
    } catch (Exception e) {
      dataSource.close();
      throw e instanceof RuntimeException r ? r : new IllegalStateException("Jetty did not start", e);
    }
  }

  /** A pool as an application would configure it; on SQLite with the settings docs/server.md asks for. */
  static HikariDataSource dataSource(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(4);
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "FULL");
      config.addDataSourceProperty("busy_timeout", "30000");
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    }
    return new HikariDataSource(config);
  }
}
