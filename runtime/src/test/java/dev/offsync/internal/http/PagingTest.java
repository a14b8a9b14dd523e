package dev.offsync.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.ServiceException;
import dev.offsync.testing.ScriptedService;
import dev.offsync.testing.ScriptedService.Answer;
import dev.offsync.internal.http.jdk.JdkTransport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {

  private ScriptedService service;
  private ServiceCalls calls;
  private final List<String> ids = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    service = new ScriptedService();
    calls = ServiceCalls.connect(HttpSettings.defaults(service.uri()),
        JdkTransport.standard(Duration.ofSeconds(10)));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private static String item(String id) {
    return "{\"id\":\"" + id + "\",\"text\":\"t\",\"updatedAt\":\"2024-01-01T00:00:00.000Z\",\"version\":\"v\"}";
  }

  private PageResult page(URI uri) {
    return calls.page(Note.DEFINITION, uri, item -> ids.add(item.entity().id()));
  }

  @Test
  void theFirstPageKeepsTheEncodedQueryExactlyAsWritten() {
    service.then(Answer.json(200, "{\"items\":[],\"count\":0,\"nextLink\":null}"));
    String query = "$filter=(text%20eq%20'a%25b''c')&$orderby=updatedAt,id&$count=true&__includedeleted=true";

    PageResult result = page(calls.firstPage("notes", query));

    assertThat(service.seen().get(0).rawPathAndQuery()).isEqualTo("/tables/notes?" + query);
    assertThat(result).isEqualTo(new PageResult(0, 0, null));
  }

  @Test
  void followsCommunityToolkitBareQueryLinks() {
    service.then(Answer.json(200, "{\"items\":[" + item("a") + "," + item("b") + "],\"count\":3,"
        + "\"nextLink\":\"$count=true&$skip=2\"}"));

    PageResult result = page(calls.firstPage("notes", "$count=true"));

    assertThat(ids).containsExactly("a", "b");
    assertThat(result.count()).isEqualTo(3);
    assertThat(result.next()).isEqualTo(URI.create(service.uri() + "/tables/notes?$count=true&$skip=2"));
  }

  @Test
  void followsV6AbsoluteAndPathLinksInAnyFieldOrder() {
    String absolute = service.uri() + "/tables/notes?$skip=1";
    service.then(Answer.json(200, "{\"nextLink\":\"" + absolute + "\",\"items\":[" + item("a") + "]}"))
        .then(Answer.json(200, "{\"items\":[" + item("b") + "],\"nextLink\":\"/tables/notes?$skip=2\"}"))
        .then(Answer.json(200, "[" + item("c") + "]"));

    PageResult first = page(calls.firstPage("notes", ""));
    PageResult second = page(first.next());
    PageResult third = page(second.next());

    assertThat(ids).containsExactly("a", "b", "c");
    assertThat(second.next()).isEqualTo(URI.create(service.uri() + "/tables/notes?$skip=2"));
    assertThat(third.next()).isNull();
    assertThat(service.seen()).extracting(ScriptedService.Seen::rawPathAndQuery)
        .containsExactly("/tables/notes", "/tables/notes?$skip=1", "/tables/notes?$skip=2");
  }

  @Test
  void refusesANextLinkToAnotherHost() {
    service.then(Answer.json(200, "{\"items\":[],\"nextLink\":\"http://127.0.0.2:9/tables/notes?$skip=1\"}"));

    assertThatThrownBy(() -> page(calls.firstPage("notes", "")))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("another host");
  }

  @Test
  void refusesANextLinkWithAnotherScheme() {
    service.then(Answer.json(200, "{\"items\":[],\"nextLink\":\"file:///etc/passwd\"}"));

    assertThatThrownBy(() -> page(calls.firstPage("notes", "")))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("another host (file:)");
  }

  @Test
  void refusesItemsWhoseIdIsOutsideTheProtocolsPattern() {
    service.then(Answer.json(200, "{\"items\":[" + item("a b") + "]}"))
        .then(Answer.json(200, "{\"items\":[" + item("x".repeat(128)) + "]}"));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> page(calls.firstPage("notes", "")))
          .isInstanceOf(ServiceException.class)
          .hasMessageContaining("outside the protocol's pattern");
    }
    assertThat(ids).isEmpty();
  }

  @Test
  void invalidJsonMidPageFailsAfterTheItemsBeforeIt() {
    service.then(Answer.json(200, "{\"items\":[" + item("a") + ",{\"id\":\"b\",\"text\":tru"));

    assertThatThrownBy(() -> page(calls.firstPage("notes", "")))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("not a valid page");
    assertThat(ids).containsExactly("a");
  }

  @Test
  void rejectsAnswersThatAreNotPages() {
    service.then(Answer.json(200, "<html>Error</html>"))
        .then(Answer.json(200, "{\"items\":[{\"text\":\"no id\"}]}"))
        .then(Answer.json(200, "{\"count\":1}"))
        .then(Answer.json(200, ""));

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> page(calls.firstPage("notes", ""))).isInstanceOf(ServiceException.class);
    }
    assertThat(ids).isEmpty();
  }
}
