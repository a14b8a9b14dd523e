package dev.offsync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The servlet as a host application mounts it in its own container (Jetty here), on the host's
 * {@code DataSource}: the mappings it accepts, the URLs it answers with, and who closes what. The conformance
 * suite runs through it too ({@code *ServletSqliteIT}, {@code *ServletPostgresIT}).
 */
class DatasyncServletIT {

  private static final TableSchema NOTES = TableSchema.of("notes", List.of(
      ColumnDefinition.of("text", ColumnType.STRING)));
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir
  Path folder;

  private Server jetty;

  @AfterEach
  void stopJetty() throws Exception {
    if (jetty != null) {
      jetty.stop();
    }
  }

  private SQLiteDataSource dataSource() {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + folder.resolve("host.db"));
    return dataSource;
  }

  /** Mounts the servlet in a new Jetty on 127.0.0.1 and returns the base URL of the context. */
  private String mount(DatasyncServlet servlet, String contextPath, String mapping) throws Exception {
    jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
    ServletContextHandler context = new ServletContextHandler(contextPath);
    context.addServlet(new ServletHolder(servlet), mapping);
    jetty.setHandler(context);
    jetty.start();
    int port = ((NetworkConnector) jetty.getConnectors()[0]).getLocalPort();
    return "http://127.0.0.1:" + port + (contextPath.equals("/") ? "" : contextPath);
  }

  private static HttpResponse<String> send(String method, String url, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void atTablesOnTheRootContextTheEndpointIsTheServersUrl() throws Exception {
    String base = mount(DatasyncServer.builder().table(NOTES).dataSource(dataSource()).buildServlet(), "/",
        "/tables/*");

    HttpResponse<String> created = send("POST", base + "/tables/notes", "{\"id\":\"n1\",\"text\":\"hi\"}");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains(base + "/tables/notes/n1");
    assertThat(send("GET", base + "/tables/notes/n1", null).body()).contains("\"text\":\"hi\"");
  }

  @Test
  void aMappingThatDoesNotEndInTablesServesTheTablesBelowIt() throws Exception {
    String base = mount(DatasyncServer.builder().table(NOTES).dataSource(dataSource()).buildServlet(), "/svc",
        "/*");

    HttpResponse<String> created = send("POST", base + "/tables/notes", "{\"id\":\"n1\"}");
    HttpResponse<String> elsewhere = send("GET", base + "/other", null);

    assertThat(created.headers().firstValue("Location")).contains(base + "/tables/notes/n1");
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(elsewhere.headers().firstValue("Content-Type")).contains("application/problem+json");
  }

  @Test
  void theHostsDataSourceStaysOpenAndKeepsTheDataAfterTheServletIsDestroyed() throws Exception {
    SQLiteDataSource dataSource = dataSource();
    DatasyncServlet servlet = DatasyncServer.builder().table(NOTES).dataSource(dataSource).buildServlet();
    String base = mount(servlet, "/", "/tables/*");
    send("POST", base + "/tables/notes", "{\"id\":\"n1\",\"text\":\"kept\"}");

    jetty.stop();
    servlet.close();

    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT text FROM notes WHERE id = 'n1'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("kept");
    }
  }

  @Test
  void theBuilderTakesOneDatabaseEitherAsAUrlOrAsADataSource() {
    assertThatThrownBy(() -> DatasyncServer.builder().table(NOTES).buildServlet())
        .hasMessageContaining("No database").hasMessageContaining("dataSource(...)");
    assertThatThrownBy(() -> DatasyncServer.builder().table(NOTES).dataSource(dataSource())
        .database("jdbc:sqlite:" + folder.resolve("other.db")).buildServlet())
        .hasMessageContaining("Both database(...) and dataSource(...) are set");
  }
}
