package dev.offsync.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceDescriptionTest {

  @Test
  void readsEachTablesColumnsLowercaseWithTheirTypes() throws IOException {
    String document = "{\"openapi\":\"3.0.3\",\"paths\":{\"/tables/a\":{\"get\":{}}},\"components\":{\"schemas\":{"
        + "\"TodoItem\":{\"type\":\"object\",\"properties\":{\"Title\":{\"type\":\"string\",\"x-offsync-type\":"
        + "\"STRING\"},\"due\":{\"type\":\"string\",\"format\":\"date\"}},\"required\":[\"id\"]},"
        + "\"Tag\":{\"type\":\"object\"}}}}";

    ServiceDescription description = ServiceDescription.parse(new JsonFactory().createParser(document));

    assertThat(description.columns("TodoItem")).contains(Map.of("title", "STRING", "due",
        ServiceDescription.UNTYPED));
    assertThat(description.columns("Tag")).isEmpty();
    assertThat(description.columns("Other")).isEmpty();
  }
}
