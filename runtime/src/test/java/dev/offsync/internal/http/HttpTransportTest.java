package dev.offsync.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.NetworkException;
import dev.offsync.RetryPolicy;
import dev.offsync.errors.ServiceException;
import dev.offsync.internal.http.jdk.JdkTransport;
import dev.offsync.testing.ScriptedService;
import dev.offsync.testing.ScriptedService.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The status and retry handling over the {@link Transport} seam: what every transport gets without doing it
 * itself, and how a transport's failures reach it; on the JDK transport here, on OkHttp in
 * {@link HttpTransportOverOkHttpTest}.
 */
class HttpTransportTest {

  /** The transport under test, with a connect timeout of 2 s. */
  Transport transport() {
    return JdkTransport.standard(Duration.ofSeconds(2));
  }

  private static final String ITEM = "{\"id\":\"a1\",\"text\":\"milk\",\"version\":\"v1\"}";
  private static final RetryPolicy TWICE = RetryPolicy.exponentialBackoff(2, Duration.ZERO, Duration.ZERO);

  private ScriptedService service;

  @BeforeEach
  void start() throws Exception {
    service = new ScriptedService();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private static ServiceCalls calls(URI endpoint, RetryPolicy retry, Duration readTimeout, Transport transport) {
    HttpSettings defaults = HttpSettings.defaults(endpoint);
    return ServiceCalls.connect(new HttpSettings(endpoint, Duration.ofSeconds(2), readTimeout,
        refresh -> "token-1", defaults.authHeader(), retry, delay -> { }, defaults.protocol()), transport);
  }

  private ServiceCalls calls(RetryPolicy retry, Transport transport) {
    return calls(service.uri(), retry, Duration.ofSeconds(5), transport);
  }

  @Test
  void anyTransportCarriesTheRequestsAndGetsTheHeadersTokenAndRetriesForFree() {
    List<TransportRequest> sent = new CopyOnWriteArrayList<>();
    Transport transport = transport();
    Transport recording = request -> {
      sent.add(request);
      return transport.send(request);
    };
    service.then(Answer.json(503, "")).then(Answer.json(200, ITEM));

    assertThat(calls(TWICE, recording).get(Note.DEFINITION, "a1", false)).isPresent();

    assertThat(sent).hasSize(2).allSatisfy(request -> {
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.uri()).isEqualTo(URI.create(service.uri() + "/tables/notes/a1"));
      assertThat(request.headers()).containsEntry("ZUMO-API-VERSION", "3.0.0")
          .containsEntry("Authorization", "Bearer token-1");
      assertThat(request.body()).isNull();
      assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(5));
    });
  }

  @Test
  void anIdIsSentAsOneEncodedPathSegment() {
    service.then(Answer.json(404, ""));

    assertThat(calls(RetryPolicy.never(), transport())
        .get(Note.DEFINITION, "a b/c?d", false)).isEmpty();

    assertThat(service.seen().get(0).rawPathAndQuery()).isEqualTo("/tables/notes/a%20b%2Fc%3Fd");
  }

  @Test
  void aServerErrorLeftAfterTheRetriesIsThrownWithTheServicesWords() {
    String problem = "{\"title\":\"Unavailable\",\"detail\":\"the database is restarting\"}";
    service.then(Answer.json(503, problem)).then(Answer.json(503, problem));

    assertThatThrownBy(() -> calls(TWICE, transport())
        .insert(Note.DEFINITION, new Note("a1", "milk", null, null)))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("POST notes failed with status 503 after retries: the database is restarting")
        .satisfies(e -> assertThat(((ServiceException) e).status()).isEqualTo(503));
    assertThat(service.seen()).hasSize(2);
  }

  @Test
  void aConflictIsAProtocolOutcomeReturnedToTheCaller() {
    service.then(Answer.json(412, ITEM));

    WriteResult<Note> result = calls(TWICE, transport())
        .replace(Note.DEFINITION, new Note("a1", "tea", null, null), "v0");

    assertThat(result.isConflict()).isTrue();
    assertThat(result.item().entity().text()).isEqualTo("milk");
    assertThat(service.seen()).hasSize(1);
  }

  @Test
  void aShortAnswerCutOffOnTheWayIsRetriedLikeALostConnection() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> {
        answer(listener, 200, ITEM.substring(0, 10), ITEM.length());
        answer(listener, 200, ITEM, ITEM.length());
      });
      server.setDaemon(true);
      server.start();
      URI endpoint = URI.create("http://127.0.0.1:" + listener.getLocalPort());

      assertThat(calls(endpoint, TWICE, Duration.ofSeconds(5), transport())
          .get(Note.DEFINITION, "a1", false)).get().satisfies(item ->
              assertThat(item.entity().text()).isEqualTo("milk"));
      server.join(Duration.ofSeconds(10).toMillis());
    }
  }

  @Test
  void noAnswerInTheReadTimeoutIsANetworkError() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      URI endpoint = URI.create("http://127.0.0.1:" + listener.getLocalPort());
      // The listener accepts the connection (the backlog) and never answers.
      ServiceCalls calls = calls(endpoint, RetryPolicy.never(), Duration.ofMillis(300),
          transport());

      assertThatThrownBy(() -> calls.get(Note.DEFINITION, "a1", false))
          .isInstanceOf(NetworkException.class)
          .hasMessageContaining("could not be reached (no answer in time)");
    }
  }

  /**
   * The JDK's client returns a connection to its pool before it tells the body's stream that the body has
   * ended; a stream closed in between cancels the exchange and closes the connection, by then maybe another
   * request's (a push at parallelism 4 stopped with "connection closed locally" about once in 20 000
   * operations). An answer read to its length must leave its connection whole, to the next request.
   */
  @Test
  void anAnswerReadToItsLengthLeavesItsConnectionToTheNextRequest() throws Exception {
    int requests = 50;
    for (int i = 0; i < 2 * requests; i++) {
      service.then(Answer.json(200, ITEM));
    }
    Transport transport = transport();
    ServiceCalls calls = calls(RetryPolicy.never(), transport);
    for (int i = 0; i < requests; i++) {
      assertThat(calls.get(Note.DEFINITION, "a1", false)).isPresent();
    }
    URI uri = URI.create(service.uri() + "/tables/notes/a1");
    for (int i = 0; i < requests; i++) {
      try (TransportResponse response = transport.send(
          new TransportRequest("GET", uri, Map.of(), null, Duration.ofSeconds(5)))) {
        assertThat(response.body().readNBytes(ITEM.length())).hasSize(ITEM.length());
      }
    }

    assertThat(service.connections()).as("connections for %s requests", 2 * requests).isEqualTo(1);
  }

  @Test
  void theBodyStreamsBeforeTheWholeAnswerHasArrived() throws Exception {
    CountDownLatch firstPartRead = new CountDownLatch(1);
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> answerInTwoParts(listener, firstPartRead));
      server.setDaemon(true);
      server.start();
      URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/tables/notes");

      // The rest of the body is sent only once the first part was read: a transport that buffered the whole
      // answer before returning would wait for it until the server gives up (5 s) and read a cut-off body.
      try (TransportResponse response = transport().send(
          new TransportRequest("GET", uri, Map.of(), null, Duration.ofSeconds(10)))) {
        byte[] first = response.body().readNBytes(FIRST_PART.length());
        firstPartRead.countDown();
        byte[] rest = response.body().readAllBytes();

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(FIRST_PART);
        assertThat(rest).hasSize(REST_BYTES);
      }
      server.join(Duration.ofSeconds(10).toMillis());
    }
  }

  @Test
  void anInterruptedCallerStopsWaitingForAnAnswer() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/tables/notes");
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      Thread caller = new Thread(() -> {
        // The listener accepts the connection (the backlog) and never answers; the timeout is far away.
        try (TransportResponse ignored = transport().send(
            new TransportRequest("GET", uri, Map.of(), null, Duration.ofSeconds(60)))) {
          thrown.set(new AssertionError("an answer came"));
        } catch (Throwable e) {
          thrown.set(e);
        }
        done.countDown();
      });
      caller.setDaemon(true);
      caller.start();
      Thread.sleep(300);

      caller.interrupt();

      assertThat(done.await(20, TimeUnit.SECONDS)).as("the caller stopped waiting").isTrue();
      assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);
    }
  }

  private static final String FIRST_PART = "{\"items\":[";
  private static final int REST_BYTES = 200_000;

  /** Answers with the first part of a long body, and the rest once the client has read that part. */
  private static void answerInTwoParts(ServerSocket listener, CountDownLatch firstPartRead) {
    try (Socket socket = listener.accept()) {
      readHead(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
          + (FIRST_PART.length() + REST_BYTES) + "\r\nConnection: close\r\n\r\n" + FIRST_PART)
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      if (firstPartRead.await(5, TimeUnit.SECONDS)) {
        out.write(" ".repeat(REST_BYTES).getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // The client went away; the test's assertions tell.
    }
  }

  /** Reads a request's head. */
  private static void readHead(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    String request = "";
    for (int reads = 0; reads < 100 && !request.contains("\r\n\r\n"); reads++) {
      int read = in.read(buffer);
      if (read < 0) {
        break;
      }
      request += new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
    }
  }

  /** Reads one request's head and answers with this body under this {@code Content-Length}, then closes. */
  private static void answer(ServerSocket listener, int status, String body, int length) {
    try (Socket socket = listener.accept()) {
      readHead(socket.getInputStream());
      socket.getOutputStream().write(("HTTP/1.1 " + status + " OK\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n" + body)
          .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
    } catch (IOException e) {
      // The client went away; the test's assertions tell.
    }
  }
}
