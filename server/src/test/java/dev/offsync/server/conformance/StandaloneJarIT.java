package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar: help, start-up errors, the five operations over HTTP and a clean stop on SIGTERM. */
class StandaloneJarIT {

  private static final Path JAR = Path.of("target", "offsync-server.jar");
  private static final String SCHEMA = """
      {"tables":[{"name":"movies","columns":{"title":"string","year":"int","releaseDate":"date",
      "bestPictureWinner":"boolean"},"softDelete":false,"pageSize":100,"ownerColumn":null},
      {"name":"notes","columns":{"text":"string","owner":"string"},"ownerColumn":"owner"}]}
      """;

  @TempDir
  Path temp;

  private Process launch(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(temp.resolve("stderr.txt").toFile()).start();
  }

  private String stderr() throws IOException {
    return Files.readString(temp.resolve("stderr.txt"));
  }

  @Test
  void helpDocumentsEveryOption() throws Exception {
    Process process = launch("--help");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(out).contains("--schema", "--database", "--host", "--port", "--tokens", "--page-size",
        "--max-top", "--max-body-bytes", "--strict-api-version", "--change-stream-heartbeat",
        "--max-change-streams", "--help");
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    Process process = launch("--version");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(out.trim()).matches("offsync-server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void badSchemaFileIsAStartUpErrorNamingTableAndColumn() throws Exception {
    Path schema = Files.writeString(temp.resolve("bad.json"),
        "{\"tables\":[{\"name\":\"movies\",\"columns\":{\"year\":\"integer\"}}]}");
    Process process = launch("--port", "0", "--database", "jdbc:sqlite:" + temp.resolve("x.db"), "--schema",
        schema.toString());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(stderr()).contains("table 'movies'", "column 'year'", "integer");
  }

  @Test
  void unknownOptionExitsWith2() throws Exception {
    Process process = launch("--colour");
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(stderr()).contains("--colour");
  }

  @Test
  void servesChangeStreamsWithItsOptionsAndEndsThemOnSigterm() throws Exception {
    Path schema = Files.writeString(temp.resolve("tables.json"), SCHEMA);
    Path tokens = Files.writeString(temp.resolve("tokens.json"), "{\"t-alice\":\"alice\"}");
    Process process = launch("--tokens", tokens.toString(), "--port", "0", "--database", "jdbc:sqlite:" + temp.resolve("offsync.db"),
        "--schema", schema.toString(), "--change-stream-heartbeat", "1", "--max-change-streams", "1");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).as(stderr()).matches("Listening on http://127\\.0\\.0\\.1:\\d+");
      URI endpoint = URI.create(first.substring("Listening on ".length()));
      Http http = new Http(endpoint);
      try (EventStreamReader stream = EventStreamReader.open(endpoint, "/tables/movies/$changes",
          "Authorization", "Bearer t-alice")) {
        assertThat(stream.status()).isEqualTo(200);
        assertThat(http.get("/tables/movies/$changes", "Authorization", "Bearer t-alice").status()).isEqualTo(503);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10 && !lines.contains(": heartbeat"); i++) {
          lines.add(stream.next(java.time.Duration.ofSeconds(10)));
        }
        assertThat(lines).contains(": heartbeat");
        assertThat(http.post("/tables/movies", "{\"id\":\"m1\",\"title\":\"Alien\"}",
            "Authorization", "Bearer t-alice").status()).isEqualTo(201);
        assertThat(stream.nextData(java.time.Duration.ofSeconds(10))).contains("\"table\":\"movies\"");
        assertThat(process.toHandle().destroy()).isTrue(); // SIGTERM with the stream open
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out.readLine()).isEqualTo("Stopped");
        String line = "";
        for (int i = 0; i < 100 && line != null && !line.equals(EventStreamReader.END); i++) {
          line = stream.next(java.time.Duration.ofSeconds(10));
        }
        assertThat(line).isEqualTo(EventStreamReader.END);
      }
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void servesTheFiveOperationsAndStopsOnSigterm() throws Exception {
    Path schema = Files.writeString(temp.resolve("tables.json"), SCHEMA);
    Path tokens = Files.writeString(temp.resolve("tokens.json"), "{\"t-alice\":\"alice\"}");
    Process process = launch("--port", "0", "--database", "jdbc:sqlite:" + temp.resolve("offsync.db"),
        "--schema", schema.toString(), "--tokens", tokens.toString());
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).as(stderr()).matches("Listening on http://127\\.0\\.0\\.1:\\d+");
      Http http = new Http(URI.create(first.substring("Listening on ".length())));
      exerciseFiveOperations(http);
      assertThat(process.toHandle().destroy()).isTrue(); // SIGTERM, leaving our end of the pipes open
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
      assertThat(out.readLine()).isEqualTo("Stopped");
      assertThat(stderr()).doesNotContain("Exception");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void servesTheTablesOfTheModelsWithOptionsFromTheServerConfig() throws Exception {
    Path options = Files.writeString(temp.resolve("options.json"), "{\"todoitems\":{\"softDelete\":true}}");
    Process process = launch("--port=0", "--database=jdbc:sqlite:" + temp.resolve("offsync.db"),
        "--models", Path.of("target", "test-classes").toString(), "--table-options", options.toString());
    try {
      String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
      assertThat(first).as(stderr()).startsWith("Listening on ");
      Http http = new Http(URI.create(first.substring("Listening on ".length())));
      Http.Reply created = http.post("/tables/todoitems", "{\"id\":\"t1\",\"title\":\"milk\",\"dueDate\":"
          + "\"2024-05-01\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.json().has("draft")).isFalse(); // local-only in the model
      assertThat(http.delete("/tables/todoitems/t1").status()).isEqualTo(204);
      assertThat(http.get("/tables/todoitems/t1").status()).isEqualTo(410); // soft delete, from the options
    } finally {
      process.destroyForcibly();
    }
  }

  private static void exerciseFiveOperations(Http http) {
    String[] auth = {"Authorization", "Bearer t-alice"};
    assertThat(http.get("/tables/movies").status()).isEqualTo(401);
    Http.Reply created = http.post("/tables/movies", "{\"id\":\"m1\",\"title\":\"Alien\",\"year\":1979}", auth);
    assertThat(created.status()).isEqualTo(201);
    assertThat(http.get("/tables/movies/m1", auth).json().get("title").asText()).isEqualTo("Alien");
    assertThat(http.get("/tables/movies", auth).json().get("items").size()).isEqualTo(1);
    Http.Reply replaced = http.put("/tables/movies/m1", "{\"id\":\"m1\",\"title\":\"Aliens\"}", "Authorization",
        "Bearer t-alice", "If-Match", created.etag());
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(http.delete("/tables/movies/m1", "Authorization", "Bearer t-alice", "If-Match", replaced.etag())
        .status()).isEqualTo(204);
    assertThat(http.post("/tables/notes", "{\"text\":\"mine\"}", auth).json().get("owner").asText())
        .isEqualTo("alice");
  }
}
