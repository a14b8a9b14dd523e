package dev.offsync.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-process server's connector speaks HTTP/1.1 and HTTP/2 cleartext (h2c) on one port. */
class Http2IT {

  private static final TableSchema NOTES = TableSchema.of("notes", List.of(
      ColumnDefinition.of("text", ColumnType.STRING)));
  /** The client preface of RFC 9113 section 3.4, then an empty SETTINGS frame. */
  private static final byte[] PREFACE = ("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY_SETTINGS = {0, 0, 0, 4, 0, 0, 0, 0, 0};
  private static final int SETTINGS = 4;

  private DatasyncServer server;

  @BeforeEach
  void start() {
    server = DatasyncServer.builder().table(NOTES).database("jdbc:sqlite::memory:")
        .changeStreamHeartbeat(Duration.ofMillis(200)).build().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aClientThatAsksForHttp2GetsItByUpgradeAndWritesAndReads() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    assertListAnsweredIn(client, HttpClient.Version.HTTP_2);
    HttpResponse<String> created = client.send(request("/tables/notes").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"n1\",\"text\":\"over h2\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
        assertThat(location).isEqualTo(server.uri() + "/tables/notes/n1"));

    HttpResponse<String> read = client.send(get("/tables/notes/n1"), HttpResponse.BodyHandlers.ofString());
    assertThat(read.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(read.body()).contains("over h2");
  }

  @Test
  void aClientThatSaysNothingStillGetsHttp11() throws Exception {
    assertListAnsweredIn(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        HttpClient.Version.HTTP_1_1);
  }

  @Test
  void aConnectionOpenedWithTheHttp2PrefaceIsAnsweredInHttp2() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(PREFACE);
      out.write(EMPTY_SETTINGS);
      out.flush();
      // The server's preface is a SETTINGS frame: 3 bytes of length, then the frame type.
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] header = new byte[9];
      in.readFully(header);
      assertThat(header[3]).isEqualTo((byte) SETTINGS);
    }
  }

  @Test
  void theChangeFeedStreamsOverHttp2() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    client.send(get("/tables/notes"), HttpResponse.BodyHandlers.discarding()); // upgrades the connection
    HttpResponse<InputStream> feed = client.send(get("/tables/notes/$changes"),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(feed.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(feed.statusCode()).isEqualTo(200);
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(feed.body(), StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo(": offsync change stream");
      HttpResponse<String> created = client.send(request("/tables/notes").header("Content-Type",
          "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"n2\",\"text\":\"x\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);
      String line;
      do {
        line = lines.readLine();
      } while (line != null && !line.startsWith("data:"));
      assertThat(line).contains("\"table\":\"notes\"");
    }
  }

  private void assertListAnsweredIn(HttpClient client, HttpClient.Version version) throws Exception {
    HttpResponse<String> list = client.send(get("/tables/notes"), HttpResponse.BodyHandlers.ofString());
    assertThat(list.version()).isEqualTo(version);
    assertThat(list.statusCode()).isEqualTo(200);
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(20))
        .header("ZUMO-API-VERSION", "3.0.0");
  }
}
