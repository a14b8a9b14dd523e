package dev.offsync.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.AuthenticationException;
import dev.offsync.NetworkException;
import dev.offsync.RetryPolicy;
import dev.offsync.ServiceException;
import dev.offsync.internal.http.jdk.JdkTransport;
import dev.offsync.testing.ScriptedService;
import dev.offsync.testing.ScriptedService.Answer;
import dev.offsync.schema.Decoded;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service calls over a transport, against a scripted service. */
class ServiceCallsTest {

  private static final String V6_ITEM =
      "{\"id\":\"a1\",\"text\":\"milk\",\"updatedAt\":\"2023-12-20T10:21:05.421+00:00\",\"version\":\"AAAAAAAAB9E=\","
          + "\"deleted\":false,\"extra\":{\"nested\":[1,2]}}";

  /** The transport under test (the JDK's here, OkHttp in {@link ServiceCallsOverOkHttpTest}). */
  Transport transport() {
    return JdkTransport.standard(Duration.ofSeconds(2));
  }

  private ScriptedService service;
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    service = new ScriptedService();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private ServiceCalls calls(RetryPolicy retry, dev.offsync.AccessTokenProvider tokens) {
    HttpSettings defaults = HttpSettings.defaults(service.uri());
    return ServiceCalls.connect(new HttpSettings(service.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5),
        tokens, defaults.authHeader(), retry, sleeps::add, defaults.protocol()), transport());
  }

  private ServiceCalls calls() {
    return calls(RetryPolicy.never(), null);
  }

  @Test
  void getReadsV6OffsetTimestampsAndSendsTheApiVersion() {
    service.then(Answer.json(200, V6_ITEM));

    Decoded<Note> item = calls().get(Note.DEFINITION, "a1", false).orElseThrow();

    assertThat(item.entity()).isEqualTo(new Note("a1", "milk", Instant.parse("2023-12-20T10:21:05.421Z"),
        "AAAAAAAAB9E="));
    ScriptedService.Seen request = service.seen().get(0);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPathAndQuery()).isEqualTo("/tables/notes/a1");
    assertThat(request.header("ZUMO-API-VERSION")).isEqualTo("3.0.0");
  }

  @Test
  void getOfAMissingOrDeletedItemIsEmpty() {
    service.then(Answer.json(404, "")).then(Answer.json(410, ""));

    assertThat(calls().get(Note.DEFINITION, "gone", false)).isEmpty();
    assertThat(calls().get(Note.DEFINITION, "deleted", false)).isEmpty();
  }

  @Test
  void replaceSendsTheVersionAsAStrongIfMatchAndTheBody() {
    service.then(Answer.json(200, V6_ITEM));

    WriteResult<Note> result = calls().replace(Note.DEFINITION, new Note("a1", "milk", null, null), "AAAAAAAAB9E=");

    assertThat(result.isSuccess()).isTrue();
    ScriptedService.Seen request = service.seen().get(0);
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.header("If-Match")).isEqualTo("\"AAAAAAAAB9E=\"");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    assertThat(request.body()).isEqualTo("{\"id\":\"a1\",\"text\":\"milk\"}");
  }

  @Test
  void aConflictCarriesTheServersCopy() {
    service.then(Answer.json(412, V6_ITEM));

    WriteResult<Note> result = calls().replace(Note.DEFINITION, new Note("a1", "eggs", null, null), "old");

    assertThat(result.isConflict()).isTrue();
    assertThat(result.item().entity().text()).isEqualTo("milk");
    assertThat(result.item().system().version()).isEqualTo("AAAAAAAAB9E=");
  }

  @Test
  void otherFailuresCarryTheProblemDetail() {
    service.then(Answer.json(400, "{\"title\":\"Bad Request\",\"detail\":\"title is required\"}"));

    WriteResult<Note> result = calls().insert(Note.DEFINITION, new Note("a1", null, null, null));

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.problem()).isEqualTo("title is required");
  }

  @Test
  void deleteWithoutAVersionIsUnconditional() {
    service.then(Answer.json(204, ""));

    WriteResult<Note> result = calls().delete(Note.DEFINITION, "a1", null);

    assertThat(result.isSuccess()).isTrue();
    assertThat(service.seen().get(0).header("If-Match")).isNull();
  }

  @Test
  void serverErrorsAndThrottlingAreRetriedHonouringRetryAfter() {
    service.then(new Answer(503, Map.of("Retry-After", "2"), ""))
        .then(new Answer(429, Map.of(), ""))
        .then(Answer.json(200, V6_ITEM));

    RetryPolicy retry = RetryPolicy.exponentialBackoff(5, Duration.ZERO, Duration.ofSeconds(30));
    assertThat(calls(retry, null).get(Note.DEFINITION, "a1", false)).isPresent();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ZERO);
    assertThat(service.seen()).hasSize(3);
  }

  @Test
  void whenRetriesRunOutTheStatusIsReported() {
    service.then(Answer.json(503, "")).then(Answer.json(503, ""));

    RetryPolicy retry = RetryPolicy.exponentialBackoff(2, Duration.ZERO, Duration.ZERO);
    assertThatThrownBy(() -> calls(retry, null).get(Note.DEFINITION, "a1", false))
        .isInstanceOf(ServiceException.class)
        .satisfies(e -> assertThat(((ServiceException) e).status()).isEqualTo(503));
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void anUnreachableServiceIsANetworkErrorAfterTheRetries() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    HttpSettings settings = new HttpSettings(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(1),
        Duration.ofSeconds(1), null, "Authorization", RetryPolicy.exponentialBackoff(3, Duration.ZERO,
        Duration.ZERO), sleeps::add, dev.offsync.DatasyncProtocol.V3);

    assertThatThrownBy(() -> ServiceCalls.connect(settings, transport()).get(Note.DEFINITION, "a1", false))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("could not be reached (connection refused)");
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void a401AsksForOneFreshTokenAndNeverMore() {
    AtomicInteger refreshes = new AtomicInteger();
    dev.offsync.AccessTokenProvider tokens = refresh -> {
      if (refresh) {
        refreshes.incrementAndGet();
        return "fresh";
      }
      return "stale";
    };
    service.then(Answer.json(401, "")).then(Answer.json(200, V6_ITEM))
        .then(Answer.json(401, "")).then(Answer.json(401, ""));

    assertThat(calls(RetryPolicy.never(), tokens).get(Note.DEFINITION, "a1", false)).isPresent();
    assertThat(service.seen().get(0).header("Authorization")).isEqualTo("Bearer stale");
    assertThat(service.seen().get(1).header("Authorization")).isEqualTo("Bearer fresh");

    assertThatThrownBy(() -> calls(RetryPolicy.never(), tokens).get(Note.DEFINITION, "a1", false))
        .isInstanceOf(AuthenticationException.class);
    assertThat(refreshes).hasValue(2);
    assertThat(service.seen()).hasSize(4);
  }
}
