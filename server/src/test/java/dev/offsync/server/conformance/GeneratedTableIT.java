package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.offsync.schema.Decoded;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.model.TodoItem;
import dev.offsync.server.model.TodoItemTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A table from a processor-generated definition: the same model class on client and server. */
class GeneratedTableIT extends ServerTestBase {

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.sqlite(temp);
  }

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(TodoItemTable.DEFINITION);
  }

  @Test
  void servesTheGeneratedColumnsWithoutTheLocalOnlyOnes() throws Exception {
    JsonNode stored = create("todoitems", "{\"id\":\"t1\",\"title\":\"Buy milk\",\"dueDate\":\"2024-05-01\"}")
        .json();
    assertThat(http.post("/tables/todoitems", "{\"id\":\"t2\",\"draft\":\"local note\"}").status()).isEqualTo(400);
    assertThat(stored.get("complete").asBoolean()).isFalse();
    assertThat(stored.has("draft")).isFalse();
    try (JsonParser parser = new JsonFactory().createParser(stored.toString())) {
      parser.nextToken();
      Decoded<TodoItem> decoded = TodoItemTable.DEFINITION.readJson(parser);
      assertThat(decoded.entity().title()).isEqualTo("Buy milk");
      assertThat(decoded.entity().dueDate()).hasToString("2024-05-01");
      assertThat(decoded.system().version()).isEqualTo(stored.get("version").asText());
    }
  }

  @Test
  void aFilterOnAColumnTheModelIndexesIsServedByAnIndex() throws Exception {
    create("todoitems", "{\"id\":\"t1\",\"title\":\"Buy milk\"}");
    assertThat(http.get("/tables/todoitems?$filter=title%20eq%20%27Buy%20milk%27").json().get("items")).hasSize(1);

    try (Connection connection = DriverManager.getConnection(database.url());
        Statement statement = connection.createStatement();
        ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN SELECT * FROM \"todoitems\" WHERE"
            + " \"title\" = 'Buy milk' AND \"deleted\" = 0")) {
      assertThat(plan.next()).isTrue();
      assertThat(plan.getString("detail")).contains("USING INDEX todoitems_title_index");
    }
  }

  @Test
  void aPrimitiveColumnSentAsNullIs400() {
    Http.Reply reply = http.post("/tables/todoitems", "{\"id\":\"t2\",\"complete\":null}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("detail").asText()).contains("'complete'");
  }
}
