package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.model.NoteTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bean Validation constraints of an in-process model: a violating create or replace is a 400 and stores nothing. */
abstract class ValidationConformance extends ServerTestBase {

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(NoteTable.DEFINITION);
  }

  @Test
  void aViolatingCreateIsA400ListingEachViolationAndStoresNothing() {
    Http.Reply reply = http.post("/tables/notes", "{\"id\":\"n1\",\"title\":\" \",\"priority\":9}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(violations(reply.json())).containsExactly("priority: must be less than or equal to 5",
        "title: must not be blank");
    assertThat(reply.json().get("detail").asText()).isEqualTo("The item breaks 2 constraints: priority must be"
        + " less than or equal to 5; title must not be blank");
    assertThat(http.get("/tables/notes/n1").status()).isEqualTo(404);
  }

  @Test
  void aViolatingReplaceIsA400AndKeepsTheStoredItem() {
    JsonNode stored = http.post("/tables/notes", "{\"id\":\"n1\",\"title\":\"milk\",\"priority\":1}").json();

    Http.Reply reply = http.put("/tables/notes/n1", "{\"id\":\"n1\",\"title\":\"" + "x".repeat(21)
        + "\",\"priority\":-1}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(violations(reply.json())).containsExactly("priority: must be greater than or equal to 0",
        "title: size must be between 0 and 20");
    assertThat(http.get("/tables/notes/n1").json()).isEqualTo(stored);
  }

  @Test
  void validItemsAndDeletesPass() {
    assertThat(http.post("/tables/notes", "{\"id\":\"n1\",\"title\":\"milk\",\"priority\":5}").status())
        .isEqualTo(201);
    assertThat(http.put("/tables/notes/n1", "{\"id\":\"n1\",\"title\":\"bread\",\"priority\":0}").status())
        .isEqualTo(200);
    assertThat(http.delete("/tables/notes/n1").status()).isEqualTo(204);
  }

  @Test
  void beanValidationCanBeTurnedOff() {
    restart(builder -> builder.table(NoteTable.DEFINITION).beanValidation(false));

    assertThat(http.post("/tables/notes", "{\"id\":\"n1\",\"title\":\"\",\"priority\":9}").status())
        .isEqualTo(201);
  }

  private static List<String> violations(JsonNode problem) {
    List<String> found = new ArrayList<>();
    problem.get("errors").forEach(e -> found.add(e.get("property").asText() + ": " + e.get("message").asText()));
    return found;
  }
}
