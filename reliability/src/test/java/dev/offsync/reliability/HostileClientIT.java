package dev.offsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.reliability.RawHttp.Response;
import dev.offsync.server.Authenticator;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.ReferenceService;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 5, hostile clients against the reference server: malformed and mistyped bodies, oversized payloads,
 * hostile {@code $filter}s and other query options, missing or wrong tokens, ids outside the pattern, and
 * concurrent conflicting writes to one row. No answer may be a 5xx or carry a stack trace, no rejected request
 * may change data, and of concurrent writes over one version exactly one wins.
 */
class HostileClientIT {

  private static final String TOKEN = "good-token";
  private static final Pattern STACK_TRACE = Pattern.compile("Exception|\\.java:\\d+|\\bat [a-z]+\\.[\\w.$]+\\(");

  @TempDir
  Path folder;

  private ReferenceService server;
  private String postgresSchema;
  private RawHttp http;
  private final List<String> failures = new ArrayList<>();
  private int requests;

  /** Starts the server on the database and creates three notes. */
  private void start(String database) throws IOException {
    server = ReferenceService.configured(folder, builder -> builder
        .table(TableSchema.of(NoteTable.DEFINITION).withSoftDelete(true))
        .table(TableSchema.of(LabelTable.DEFINITION))
        .database(database)
        .authenticator(Authenticator.tokens(Map.of(TOKEN, "alice"))), List.of());
    http = new RawHttp(server.uri());
    for (int i = 0; i < 3; i++) {
      Response created = send("POST", "/tables/notes", json(), "{\"id\":\"n" + i + "\",\"text\":\"t" + i + "\"}");
      assertThat(created.status()).isEqualTo(201);
    }
  }

  @AfterEach
  void stop() throws SQLException {
    if (server != null) {
      server.close();
    }
    if (postgresSchema != null) {
      execute(System.getenv("OFFSYNC_TEST_POSTGRES_URL"), "DROP SCHEMA " + postgresSchema + " CASCADE");
    }
  }

  @Test
  void onSqlite() throws Exception {
    start("jdbc:sqlite:" + folder.resolve("service.db"));
    hostileRequestsAreRefusedCleanlyAndChangeNothing("sqlite");
  }

  @Test
  void onPostgres() throws Exception {
    String base = System.getenv("OFFSYNC_TEST_POSTGRES_URL");
    Assumptions.assumeTrue(base != null && !base.isBlank(), "PostgreSQL run skipped: set"
        + " OFFSYNC_TEST_POSTGRES_URL to a JDBC URL of a throwaway PostgreSQL (CI's .ci/run starts one)");
    postgresSchema = "offsync_hostile_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(base, "CREATE SCHEMA " + postgresSchema);
    start(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + postgresSchema);
    hostileRequestsAreRefusedCleanlyAndChangeNothing("postgres");
  }

  private void hostileRequestsAreRefusedCleanlyAndChangeNothing(String database) throws Exception {
    refuseAll(malformedBodies());
    refuseAll(wrongTypes());
    refuseAll(oversized());
    refuseAll(hostileQueries());
    refuseAll(badTokens());
    refuseAll(badIds());
    int races = Scale.of(10, 100);
    int wins = concurrentReplaces(races) + concurrentCreates() + concurrentDeletes();
    Summary.report("hostile-clients[" + database + "]: " + requests + " hostile requests, " + failures.size()
        + " answered badly (5xx, stack trace, accepted, or data changed); " + races + " replace races, 1 create"
        + " race and 1 delete race of 8 writers each: " + wins + " winners, exactly one per version");
    assertThat(failures).isEmpty();
    assertThat(wins).isEqualTo(races + 2);
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A hostile request: what to send, and whether a 2xx answer is acceptable (a harmless read). */
  private record Attempt(String name, String method, String target, Map<String, String> headers, byte[] body,
      boolean mayRead) {}

  private static Attempt write(String name, String method, String target, String body) {
    return new Attempt(name, method, target, json(), body.getBytes(StandardCharsets.UTF_8), false);
  }

  private static Attempt query(String name, String query) {
    return new Attempt(name, "GET", "/tables/notes?" + query, auth(), null, true);
  }

  private List<Attempt> malformedBodies() {
    List<Attempt> attempts = new ArrayList<>();
    for (String body : List.of("{", "{\"id\":\"x1\",}", "[1,2]", "\"text\"", "null", "",
        "{\"id\":\"x1\"}{\"id\":\"x2\"}",
        "{\"id\":\"x1\",\"text\":\"a\"} trailing", "{\"id\":\"x1\",\"text\":" + "[".repeat(100_000) + "}",
        "{\"id\":\"x1\",\"text\":\"a\",\"TEXT\":\"b\"}", "{\"id\":\"x1\",\"text\":\"\\ud800\"}")) {
      attempts.add(write("POST body " + abbreviate(body), "POST", "/tables/notes", body));
      attempts.add(write("PUT body " + abbreviate(body), "PUT", "/tables/notes/n1", body));
    }
    byte[] invalidUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
    attempts.add(new Attempt("invalid UTF-8", "POST", "/tables/notes", json(), invalidUtf8, false));
    attempts.add(new Attempt("not JSON content type", "POST", "/tables/notes", with(auth(), "Content-Type",
        "text/plain"), "{\"id\":\"x1\"}".getBytes(StandardCharsets.UTF_8), false));
    attempts.add(new Attempt("no content type", "POST", "/tables/notes", auth(),
        "{\"id\":\"x1\"}".getBytes(StandardCharsets.UTF_8), false));
    return attempts;
  }

  private List<Attempt> wrongTypes() {
    List<Attempt> attempts = new ArrayList<>();
    for (String field : List.of("\"counter\":\"many\"", "\"counter\":1.5", "\"counter\":1e400",
        "\"counter\":99999999999999999999999", "\"counter\":true", "\"counter\":null", "\"text\":{}", "\"text\":[1]",
        "\"text\":12", "\"id\":5", "\"id\":true", "\"id\":{}", "\"deleted\":\"yes\"", "\"deleted\":1")) {
      attempts.add(write("POST " + field, "POST", "/tables/notes", "{\"id\":\"x1\",\"text\":\"a\"," + field
          .replace("\"id\":", "\"Id\":") + "}"));
      attempts.add(write("PUT " + field, "PUT", "/tables/notes/n1", "{\"text\":\"a\"," + field + "}"));
    }
    attempts.add(write("PUT with another id in the body", "PUT", "/tables/notes/n1", "{\"id\":\"n2\",\"text\":\"a\"}"));
    return attempts;
  }

  private List<Attempt> oversized() {
    String big = "{\"id\":\"x1\",\"text\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    List<Attempt> attempts = new ArrayList<>();
    attempts.add(write("2 MiB body", "POST", "/tables/notes", big));
    attempts.add(write("2 MiB replacement", "PUT", "/tables/notes/n1", big));
    Map<String, String> chunked = with(json(), "Transfer-Encoding", "chunked");
    attempts.add(new Attempt("2 MiB chunked body", "POST", "/tables/notes", chunked, chunk(big), false));
    attempts.add(new Attempt("Content-Length too large", "POST", "/tables/notes", with(json(), "Content-Length",
        "99999999999999999999"), "{}".getBytes(StandardCharsets.UTF_8), false));
    attempts.add(new Attempt("negative Content-Length", "POST", "/tables/notes", with(json(), "Content-Length",
        "-5"), "{}".getBytes(StandardCharsets.UTF_8), false));
    attempts.add(new Attempt("64 KiB header", "GET", "/tables/notes", with(auth(), "X-Junk", "j".repeat(65_536)),
        null, false));
    return attempts;
  }

  private List<Attempt> hostileQueries() {
    List<Attempt> attempts = new ArrayList<>();
    List<String> filters = List.of("(".repeat(3000) + "true" + ")".repeat(3000), "text eq 'unterminated",
        "text eq 'a'' or 1 eq 1 --'", "text eq 'a'; DROP TABLE notes; --'", "substring(text, -1) eq 'a'",
        "substring(text, 2147483647) eq 'a'", "counter mul 9223372036854775807 gt 1", "counter div 0 eq 1",
        "counter mod 0 eq 1", "cast(text, Edm.Int32) eq 1", "tolower(".repeat(300) + "text" + ")".repeat(300)
            + " eq 'a'", "not ".repeat(2000) + "true", "nosuch eq 1", "text eq 1", "counter eq 'x'",
        "updatedAt gt cast(9999-99-99T99:99:99Z,Edm.DateTimeOffset)", "length(text) gt 99999999999999999999",
        "counter in (" + "1,".repeat(1500) + "1)", String.join(" or ", java.util.Collections.nCopies(300,
            "counter eq 1")), "text eq '\u0000'", "startswith(text, '%') or endswith(text, '_')",
        "round(counter) eq 1.5e308", "year(updatedAt) eq 2147483648", "concat(concat(text, text), text) eq 'x'");
    for (String filter : filters) {
      attempts.add(query("$filter=" + abbreviate(filter), "$filter=" + encode(filter)));
    }
    for (String options : List.of("$orderby=text%20desc%20desc", "$orderby=nosuch", "$select=text,,", "$top=-1",
        "$top=99999999999", "$skip=abc", "$skip=-1", "$expand=x", "$count=maybe", "$filter=%zz", "$top=1&$top=2",
        "$orderby=" + encode("text,".repeat(500) + "text"),
        "__includedeleted=true&$filter=" + encode("deleted eq 1"))) {
      attempts.add(query(options, options));
    }
    return attempts;
  }

  private List<Attempt> badTokens() {
    List<Attempt> attempts = new ArrayList<>();
    for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Authorization", "Bearer wrong"),
        Map.of("Authorization", "Bearer "), Map.of("Authorization", "Basic Z29vZC10b2tlbjp4"),
        Map.of("Authorization", TOKEN), Map.of("X-ZUMO-AUTH", "wrong"), Map.of("Authorization", "Bearer "
            + "t".repeat(20_000)), Map.of("Authorization", "Bearer good-token, Bearer good-token"))) {
      Map<String, String> jsonHeaders = new LinkedHashMap<>(headers);
      jsonHeaders.put("Content-Type", "application/json");
      byte[] body = "{\"id\":\"x1\",\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8);
      String name = "token " + abbreviate(headers.toString());
      attempts.add(new Attempt(name + " POST", "POST", "/tables/notes", jsonHeaders, body, false));
      attempts.add(new Attempt(name + " PUT", "PUT", "/tables/notes/n1", jsonHeaders, body, false));
      attempts.add(new Attempt(name + " DELETE", "DELETE", "/tables/notes/n1", headers, null, false));
      attempts.add(new Attempt(name + " GET", "GET", "/tables/notes", headers, null, false));
    }
    return attempts;
  }

  private List<Attempt> badIds() {
    List<Attempt> attempts = new ArrayList<>();
    for (String id : List.of("-start", "a%20b", "x".repeat(128), "%2E%2E", "..", "a%2Fb", "%C3%A9t%C3%A9", "%00",
        "a%0D%0AX-Injected:%201", "a'b", "a%22b", "%", "a?b", "_x")) {
      attempts.add(new Attempt("GET id " + abbreviate(id), "GET", "/tables/notes/" + id, auth(), null, true));
      attempts.add(write("PUT id " + abbreviate(id), "PUT", "/tables/notes/" + id, "{\"text\":\"a\"}"));
      attempts.add(new Attempt("DELETE id " + abbreviate(id), "DELETE", "/tables/notes/" + id, auth(), null,
          false));
    }
    for (String id : List.of("a b", "x".repeat(200), "-start", "a/b", "\\u0000", "\\ud800", "é")) {
      attempts.add(write("POST id " + abbreviate(id), "POST", "/tables/notes", "{\"id\":\"" + id
          + "\",\"text\":\"a\"}"));
    }
    for (String target : List.of("/tables/nosuch", "/tables/../etc/passwd", "/tables/NOTES", "/tables/notes/n1/x",
        "/tables", "/", "/tables/notes%2F..%2Flabels")) {
      attempts.add(new Attempt("target " + target, "GET", target, auth(), null, true));
      attempts.add(write("POST target " + target, "POST", target, "{\"id\":\"x1\",\"text\":\"a\"}"));
    }
    attempts.add(new Attempt("PATCH", "PATCH", "/tables/notes/n1", json(), "{\"text\":\"a\"}".getBytes(
        StandardCharsets.UTF_8), false));
    attempts.add(new Attempt("TRACE", "TRACE", "/tables/notes", auth(), null, false));
    return attempts;
  }

  /** Sends each attempt; every answer must be clean, and every refused or write attempt must change nothing. */
  private void refuseAll(List<Attempt> attempts) throws IOException {
    for (Attempt attempt : attempts) {
      String before = snapshot();
      Response response = http.send(attempt.method(), attempt.target(), attempt.headers(), attempt.body());
      requests++;
      if (response.status() >= 500 || response.status() == 0) {
        failures.add(attempt.name() + ": answered " + response.status() + " " + abbreviate(response.body()));
      } else if (STACK_TRACE.matcher(response.body()).find()) {
        failures.add(attempt.name() + ": the answer shows internals: " + abbreviate(response.body()));
      } else if (response.status() < 400 && !attempt.mayRead()) {
        failures.add(attempt.name() + ": accepted with " + response.status());
      }
      if (!snapshot().equals(before)) {
        failures.add(attempt.name() + ": the data changed");
      }
    }
  }

  /** Rounds of eight concurrent replacements over one version; returns the number of winners. */
  private int concurrentReplaces(int rounds) throws Exception {
    int winners = 0;
    for (int round = 0; round < rounds; round++) {
      String version = version("n0");
      int r = round;
      List<Response> answers = race(8, writer -> send("PUT", "/tables/notes/n0", with(json(), "If-Match", "\""
          + version + "\""), "{\"text\":\"r" + r + "w" + writer + "\"}"));
      winners += check("replace race " + round, answers, 200, 412);
    }
    return winners;
  }

  private int concurrentCreates() throws Exception {
    return check("create race", race(8, writer -> send("POST", "/tables/notes", json(),
        "{\"id\":\"raced\",\"text\":\"w" + writer + "\"}")), 201, 409);
  }

  private int concurrentDeletes() throws Exception {
    String version = version("n2");
    return check("delete race", race(8, writer -> send("DELETE", "/tables/notes/n2", with(auth(), "If-Match",
        "\"" + version + "\""), (String) null)), 204, 410, 412);
  }

  /** Exactly one answer has {@code winning}; the others one of {@code losing}. Returns the winners. */
  private int check(String name, List<Response> answers, int winning, int... losing) {
    int winners = 0;
    for (Response answer : answers) {
      if (answer.status() == winning) {
        winners++;
      } else if (java.util.Arrays.stream(losing).noneMatch(status -> status == answer.status())) {
        failures.add(name + ": answered " + answer.status() + " " + abbreviate(answer.body()));
      }
    }
    if (winners != 1) {
      failures.add(name + ": " + winners + " writers won");
    }
    return winners;
  }

  /** Runs {@code writers} requests at once. */
  private static List<Response> race(int writers, RaceWriter writer) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        int n = i;
        answers.add(threads.submit((Callable<Response>) () -> {
          start.await();
          return writer.write(n);
        }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> answer : answers) {
        responses.add(answer.get());
      }
      return responses;
    } finally {
      threads.shutdownNow();
    }
  }

  /** One racing request. */
  private interface RaceWriter {
    Response write(int writer) throws IOException;
  }

  private String version(String id) throws IOException {
    Response read = send("GET", "/tables/notes/" + id, auth(), null);
    return read.headers().get("etag").replace("\"", "");
  }

  /** Every row of both tables, deleted ones included, as the service lists them. */
  private String snapshot() throws IOException {
    return send("GET", "/tables/notes?__includedeleted=true&$orderby=id&$top=1000", auth(), null).body()
        + send("GET", "/tables/labels?$orderby=id&$top=1000", auth(), null).body();
  }

  private Response send(String method, String target, Map<String, String> headers, String body) throws IOException {
    return http.send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> auth() {
    return Map.of("Authorization", "Bearer " + TOKEN);
  }

  private static Map<String, String> json() {
    return with(auth(), "Content-Type", "application/json");
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return copy;
  }

  private static byte[] chunk(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int at = 0; at < bytes.length; at += 65_536) {
      int size = Math.min(65_536, bytes.length - at);
      out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, at, size);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ').replace('\r', ' ');
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }
}
