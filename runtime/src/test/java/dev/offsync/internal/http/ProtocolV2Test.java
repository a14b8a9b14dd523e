package dev.offsync.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.DatasyncProtocol;
import dev.offsync.errors.ServiceException;
import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import dev.offsync.internal.http.jdk.JdkTransport;
import dev.offsync.testing.ScriptedService;
import dev.offsync.testing.ScriptedService.Answer;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol v2 on the wire, against answers recorded from the Node server {@code azure-mobile-apps} 4.0.2. */
class ProtocolV2Test {

  /** An item as the Node server sends it: createdAt, a short base64 counter as version, deleted. */
  private static final String NODE_ITEM = "{\"id\":\"t1\",\"createdAt\":\"2026-11-26T10:48:42.729Z\","
      + "\"updatedAt\":\"2026-11-26T10:48:42.778Z\",\"version\":\"Mg==\",\"deleted\":false,\"title\":\"oat\","
      + "\"complete\":true,\"priority\":1}";

  private ScriptedService service;
  private ServiceCalls calls;
  private final List<String> ids = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    service = new ScriptedService();
    calls = ServiceCalls.connect(HttpSettings.defaults(service.uri()).withProtocol(DatasyncProtocol.V2),
        JdkTransport.standard(Duration.ofSeconds(10)));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private static String item(String id) {
    return NODE_ITEM.replace("\"t1\"", "\"" + id + "\"");
  }

  private ScriptedService.Seen request(int index) {
    return service.seen().get(index);
  }

  private static String decoded(String pathAndQuery) {
    return URLDecoder.decode(pathAndQuery, StandardCharsets.UTF_8);
  }

  @Test
  void sendsApiVersion2AndReadsNodeItems() {
    service.then(Answer.json(200, NODE_ITEM));

    Todo todo = calls.get(TodoTable.DEFINITION, "t1", false).orElseThrow().entity();

    assertThat(todo.version()).isEqualTo("Mg==");
    assertThat(todo.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:48:42.778Z"));
    assertThat(request(0).header("ZUMO-API-VERSION")).isEqualTo("2.0.0");
  }

  @Test
  void theClientOptionSelectsVersion2() {
    service.then(Answer.json(200, NODE_ITEM));

    try (SyncClient client = SyncClient.builder().inMemoryStore().tables(TodoTable.DEFINITION)
        .endpoint(service.uri()).protocol(DatasyncProtocol.V2).build()) {
      assertThat(client.remoteTable(TodoTable.DEFINITION).get("t1")).isPresent();
    }

    assertThat(request(0).header("ZUMO-API-VERSION")).isEqualTo("2.0.0");
  }

  @Test
  void updatesArePatchesWithIfMatchAndWithoutServiceOwnedProperties() {
    service.then(Answer.json(200, NODE_ITEM));
    Todo local = new Todo("t1", "oat", true, 1, "local", Instant.parse("2026-11-26T10:48:42.729Z"), "MQ==");

    WriteResult<Todo> result = calls.replace(TodoTable.DEFINITION, local, "MQ==");

    assertThat(result.isSuccess()).isTrue();
    assertThat(result.item().system().version()).isEqualTo("Mg==");
    assertThat(request(0).method()).isEqualTo("PATCH");
    assertThat(request(0).rawPathAndQuery()).isEqualTo("/tables/todoitems/t1");
    assertThat(request(0).header("If-Match")).isEqualTo("\"MQ==\"");
    assertThat(request(0).body()).isEqualTo("{\"id\":\"t1\",\"title\":\"oat\",\"complete\":true,\"priority\":1}");
  }

  @Test
  void insertsLeaveOutServiceOwnedPropertiesButKeepNulls() {
    service.then(Answer.json(201, NODE_ITEM));

    calls.insert(TodoTable.DEFINITION, new Todo("t1", null, false, 0, null, null, null));

    assertThat(request(0).method()).isEqualTo("POST");
    assertThat(request(0).body()).isEqualTo("{\"id\":\"t1\",\"title\":null,\"complete\":false,\"priority\":0}");
  }

  @Test
  void aConflictOnInsertThatEchoesTheRequestFetchesTheServicesCopy() {
    service.then(new Answer(409, Map.of("Content-Type", "application/json", "ETag", "W/\"39-x\""),
            "{\"id\":\"t1\",\"title\":\"milk2\",\"complete\":false,\"priority\":0}"))
        .then(Answer.json(200, "[" + NODE_ITEM + "]"));

    WriteResult<Todo> result = calls.insert(TodoTable.DEFINITION, Todo.of("t1", "milk2"));

    assertThat(result.status()).isEqualTo(409);
    assertThat(result.item().entity().title()).isEqualTo("oat");
    assertThat(result.item().system().version()).isEqualTo("Mg==");
    assertThat(result.json()).isEqualTo(NODE_ITEM);
    assertThat(decoded(request(1).rawPathAndQuery()))
        .isEqualTo("/tables/todoitems?$filter=(id eq 't1')&$top=50&__includeDeleted=true");
  }

  @Test
  void aConflictOnInsertWithTheItemGoneMeanwhileHasNoCopy() {
    service.then(Answer.json(409, "{\"id\":\"t1\"}")).then(Answer.json(200, "[]"));

    WriteResult<Todo> result = calls.insert(TodoTable.DEFINITION, Todo.of("t1", "milk"));

    assertThat(result.isConflict()).isTrue();
    assertThat(result.item()).isNull();
    assertThat(result.problem()).contains("no copy");
  }

  @Test
  void aPreconditionFailureCarriesTheServicesCopyDirectly() {
    service.then(Answer.json(412, NODE_ITEM));

    WriteResult<Todo> result = calls.replace(TodoTable.DEFINITION, Todo.of("t1", "soy"), "MQ==");

    assertThat(result.isConflict()).isTrue();
    assertThat(result.item().entity().title()).isEqualTo("oat");
    assertThat(service.seen()).hasSize(1);
  }

  @Test
  void deleteAnswersWithTheDeletedItem() {
    service.then(Answer.json(200, NODE_ITEM.replace("\"deleted\":false", "\"deleted\":true")));

    WriteResult<Todo> result = calls.delete(TodoTable.DEFINITION, "t1", "Mg==");

    assertThat(result.isSuccess()).isTrue();
    assertThat(result.item().system().deleted()).isTrue();
    assertThat(request(0).header("If-Match")).isEqualTo("\"Mg==\"");
  }

  @Test
  void aDeletedItemIsReadThroughAQueryById() {
    service.then(Answer.json(200, "{\"results\":[" + NODE_ITEM.replace("\"deleted\":false", "\"deleted\":true")
        + "],\"count\":1}"));

    assertThat(calls.get(TodoTable.DEFINITION, "t1", true).orElseThrow().system().deleted()).isTrue();
    assertThat(decoded(request(0).rawPathAndQuery())).contains("$filter=(id eq 't1')").contains("__includeDeleted");
  }

  @Test
  void errorTextsOfTheNodeServerAreReported() {
    service.then(Answer.json(404, "{\"error\":\"The item does not exist\"}"));

    WriteResult<Todo> result = calls.replace(TodoTable.DEFINITION, Todo.of("t1", "x"), "MQ==");

    assertThat(result.status()).isEqualTo(404);
    assertThat(result.problem()).isEqualTo("The item does not exist");
  }

  @Test
  void listRequestsUseTheLegacyFormsAndAPageOf50() {
    URI uri = calls.listPage("todoitems", Query.where(TodoTable.TITLE.contains("milk")).includeCount(true)
        .includeDeleted(true));

    assertThat(decoded(uri.getRawQuery()))
        .isEqualTo("$filter=substringof('milk',title)&$top=50&$inlinecount=allpages&__includeDeleted=true");
    assertThat(calls.listPage("todoitems", Query.all().top(500)).getRawQuery()).isEqualTo("$top=50");
    assertThat(calls.listPage("todoitems", Query.all().top(7).skip(3)).getRawQuery()).isEqualTo("$skip=3&$top=7");
  }

  @Test
  void fullPagesAreFollowedBySkipAndTheLinkHeaderIsNot() {
    service.then(new Answer(200, Map.of("Content-Type", "application/json",
            "Link", "http://localhost/?%24top=2&%24skip=2; rel=next"),
            "{\"results\":[" + item("a") + "," + item("b") + "],\"count\":5}"))
        .then(Answer.json(200, "{\"results\":[" + item("c") + "," + item("d") + "],\"count\":5}"))
        .then(Answer.json(200, "{\"results\":[" + item("e") + "],\"count\":5}"));
    URI first = calls.listPage("todoitems", Query.all().includeCount(true).top(2));

    PageResult one = calls.page(TodoTable.DEFINITION, first, item -> ids.add(item.system().id()));
    PageResult two = calls.page(TodoTable.DEFINITION, one.next(), item -> ids.add(item.system().id()));
    PageResult three = calls.page(TodoTable.DEFINITION, two.next(), item -> ids.add(item.system().id()));

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(one.count()).isEqualTo(5);
    assertThat(one.next())
        .isEqualTo(URI.create(service.uri() + "/tables/todoitems?$skip=2&$top=2&$inlinecount=allpages"));
    assertThat(two.next().getRawQuery()).isEqualTo("$skip=4&$top=2&$inlinecount=allpages");
    assertThat(three.next()).isNull();
  }

  @Test
  void bareArraysEndWhenShortUnlessTheServiceSaysThereIsMore() {
    service.then(Answer.json(200, "[" + item("a") + "]"))
        .then(new Answer(200, Map.of("Content-Type", "application/json", "Link", "<x>; rel=next"),
            "[" + item("b") + "]"))
        .then(Answer.json(200, "[]"));
    URI first = calls.listPage("todoitems", Query.all());

    PageResult shortPage = calls.page(TodoTable.DEFINITION, first, item -> ids.add(item.system().id()));
    PageResult cutByServer = calls.page(TodoTable.DEFINITION, first, item -> ids.add(item.system().id()));
    PageResult empty = calls.page(TodoTable.DEFINITION, first, item -> ids.add(item.system().id()));

    assertThat(shortPage.next()).isNull();
    assertThat(cutByServer.next().getRawQuery()).isEqualTo("$skip=1&$top=50");
    assertThat(empty.next()).isNull();
  }

  @Test
  void aVersion3PageIsNotAVersion2Page() {
    service.then(Answer.json(200, "{\"items\":[" + item("a") + "]}"));

    assertThatThrownBy(() -> calls.page(TodoTable.DEFINITION, calls.listPage("todoitems", Query.all()),
        item -> ids.add(item.system().id())))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("'results'");
  }
}
