package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.OffsyncException;
import dev.offsync.ServiceException;
import dev.offsync.query.Fields;
import dev.offsync.query.Query;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol's operations on one service, typed by table definition: bodies are written and read with the
 * generated codecs, streamed, never through an object tree. Thread-safe.
 */
public final class ServiceCalls {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The query that makes a GET or PUT by id reach a soft-deleted item too. */
  private static final String INCLUDE_DELETED = "__includedeleted=true";
  private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

  private final HttpTransport transport;
  private final Protocol protocol;

  /** Operations over this transport, in the protocol version of its settings. */
  public ServiceCalls(HttpTransport transport) {
    this.transport = transport;
    this.protocol = Protocol.of(transport.settings().protocol());
  }

  /** Operations on the service these settings describe, through this transport. */
  public static ServiceCalls connect(HttpSettings settings, Transport transport) {
    return new ServiceCalls(new HttpTransport(settings, transport));
  }

  /** The settings in use. */
  public HttpSettings settings() {
    return transport.settings();
  }

  /** The item with this id; empty on 404, or on 410 unless deleted items are asked for. */
  public <T> Optional<Decoded<T>> get(TableDefinition<T> table, String id, boolean includeDeleted) {
    if (includeDeleted && !protocol.getsDeletedItemsById()) {
      return findIncludingDeleted(table, id).map(WriteResult::item);
    }
    String what = "GET " + table.tableName() + "/" + id;
    URI uri = itemUri(table.tableName(), id, includeDeleted ? INCLUDE_DELETED : null);
    try (TransportResponse response = send(what, "GET", uri, Map.of(), null)) {
      int status = response.status();
      if (status == 404 || status == 410) {
        return Optional.empty();
      }
      if (status != 200) {
        throw failure(what, response);
      }
      return Optional.of(readItem(what, table, response));
    }
  }

  /**
   * POSTs a new item; no conditional header. A 409 answer carries the service's copy: where the service sent
   * back the request's own item instead (protocol v2), the copy is fetched.
   */
  public <T> WriteResult<T> insert(TableDefinition<T> table, T item) {
    byte[] body = encode(table, item);
    String what = "POST " + table.tableName();
    WriteResult<T> result;
    try (TransportResponse response = send(what, "POST", settings().tableUri(table.tableName()), JSON_BODY, body)) {
      result = writeResult(what, table, response);
    }
    if (result.status() == 409 && protocol.conflictMayEchoTheRequest()
        && (result.item() == null || result.item().system().version() == null)) {
      String id = table.systemProperties(item).id();
      return findIncludingDeleted(table, id).map(copy -> new WriteResult<>(409, copy.item(), copy.json(), null))
          .orElse(new WriteResult<>(409, null, null, "the service sent no copy of the item"));
    }
    return result;
  }

  /**
   * Sends a replacement ({@code PUT}; {@code PATCH} with the whole item in protocol v2), with {@code If-Match}
   * when a version is known.
   */
  public <T> WriteResult<T> replace(TableDefinition<T> table, T item, String version) {
    byte[] body = encode(table, item);
    String id = table.systemProperties(item).id();
    String what = protocol.updateMethod() + " " + table.tableName() + "/" + id;
    URI uri = itemUri(table.tableName(), id, null);
    try (TransportResponse response = send(what, protocol.updateMethod(), uri, ifMatch(JSON_BODY, version),
        body)) {
      return writeResult(what, table, response);
    }
  }

  /**
   * Sends a replacement that also restores the item if the service soft-deleted it ({@code PUT} with
   * {@code __includedeleted=true}; in v2 the plain update), with {@code If-Match} when a version is known.
   */
  public <T> WriteResult<T> restore(TableDefinition<T> table, T item, String version) {
    byte[] body = encode(table, item);
    String id = table.systemProperties(item).id();
    String what = protocol.updateMethod() + " " + table.tableName() + "/" + id + " (restore)";
    URI uri = itemUri(table.tableName(), id, protocol.restoreQuery());
    try (TransportResponse response = send(what, protocol.updateMethod(), uri, ifMatch(JSON_BODY, version),
        body)) {
      return writeResult(what, table, response);
    }
  }

  /** DELETEs an item, with {@code If-Match} when a version is known. */
  public <T> WriteResult<T> delete(TableDefinition<T> table, String id, String version) {
    String what = "DELETE " + table.tableName() + "/" + id;
    URI uri = itemUri(table.tableName(), id, null);
    try (TransportResponse response = send(what, "DELETE", uri, ifMatch(Map.of(), version), null)) {
      return writeResult(what, table, response);
    }
  }

  /**
   * The tables the service describes at {@code /openapi.json}; empty where it offers no description (a 4xx
   * answer such as 404, from a service that has none, or a body that is not JSON). One request, no table: kept
   * apart so that it moves with the transport.
   *
   * @throws ServiceException on a 5xx answer the retry policy gave up on
   */
  public Optional<ServiceDescription> describe() {
    String what = "GET /openapi.json";
    URI uri = URI.create(settings().endpoint() + "/openapi.json");
    try (TransportResponse response = send(what, "GET", uri, Map.of(), null)) {
      if (response.status() >= 400 && response.status() < 500) {
        return Optional.empty();
      }
      if (response.status() != 200) {
        throw failure(what, response);
      }
      try (InputStream in = response.body(); JsonParser parser = JSON.createParser(in)) {
        return Optional.of(ServiceDescription.parse(parser));
      } catch (JsonProcessingException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new dev.offsync.NetworkException(what + ": the answer was cut off (" + e.getMessage() + ")", e);
      }
    }
  }

  /** The URI of a table's first list page for this query, in the protocol's query syntax. */
  public URI listPage(String table, Query query) {
    return firstPage(table, protocol.queryString(query));
  }

  /** The URI of a table's first list page with this query string (without {@code ?}; may be empty). */
  public URI firstPage(String table, String queryString) {
    URI collection = settings().tableUri(table);
    return queryString == null || queryString.isEmpty() ? collection : URI.create(collection + "?" + queryString);
  }

  /**
   * Fetches one list page and streams its items to the sink; returns the count and the resolved next page.
   *
   * @throws ServiceException on a failure status or a body that is not a Datasync page
   */
  public <T> PageResult page(TableDefinition<T> table, URI page, PageSink<T> sink) {
    String what = "GET " + table.tableName() + " page";
    try (TransportResponse response = send(what, "GET", page, Map.of(), null)) {
      if (response.status() != 200) {
        throw failure(what, response);
      }
      try (InputStream in = response.body(); JsonParser parser = JSON.createParser(in)) {
        PageParser.Parsed parsed = PageParser.parse(what, table, parser, sink, protocol.itemsField());
        return new PageResult(parsed.items(), parsed.count(), protocol.next(settings(), page, parsed, response));
      } catch (JsonProcessingException e) {
        throw new ServiceException(200, what + ": the answer is not a valid page: " + e.getOriginalMessage(), e);
      } catch (IOException e) {
        throw new dev.offsync.NetworkException(what + ": the answer was cut off (" + e.getMessage() + ")", e);
      }
    }
  }

  /**
   * The service's copy of an item, soft-deleted or not, through a list request ({@code id eq '<id>'} with
   * deleted items), for services that answer neither a conflict nor a GET by id with it.
   */
  private <T> Optional<WriteResult<T>> findIncludingDeleted(TableDefinition<T> table, String id) {
    URI uri = listPage(table.tableName(), Query.where(Fields.ID.eq(id)).includeDeleted(true));
    String what = "GET " + table.tableName() + "/" + id + " (by query)";
    try (TransportResponse response = send(what, "GET", uri, Map.of(), null)) {
      if (response.status() != 200) {
        throw failure(what, response);
      }
      return FirstItem.of(response, protocol.itemsField())
          .map(json -> withItem(what, table, 200, json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new ServiceException(200, what + ": the answer is not a valid page: " + e.getMessage(), e);
    }
  }

  private <T> WriteResult<T> writeResult(String what, TableDefinition<T> table, TransportResponse response) {
    int status = response.status();
    if (status == 200 || status == 201 || status == 409 || status == 412) {
      return withItem(what, table, response);
    }
    return new WriteResult<>(status, null, null, status == 204 ? null : Problems.of(response));
  }

  /** Reads the service's copy of the item from a success or conflict answer. */
  private <T> WriteResult<T> withItem(String what, TableDefinition<T> table, TransportResponse response) {
    return withItem(what, table, response.status(), readItemBody(what, response));
  }

  private <T> WriteResult<T> withItem(String what, TableDefinition<T> table, int status, byte[] bytes) {
    boolean conflict = status == 409 || status == 412;
    if (bytes.length == 0) {
      if (conflict) {
        return new WriteResult<>(status, null, null, "the service sent no copy of the item");
      }
      throw new ServiceException(status, what + ": the service answered without the stored item");
    }
    String json = new String(bytes, StandardCharsets.UTF_8);
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "not a JSON object");
      }
      Decoded<T> item = table.readJson(parser);
      if (item.system().id() == null || item.system().id().isEmpty()) {
        throw new JsonParseException(parser, "the item has no id");
      }
      return new WriteResult<>(status, item, json, null);
    } catch (IOException e) {
      String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
      if (conflict) {
        return new WriteResult<>(status, null, null, "the service's copy could not be read: " + reason);
      }
      throw new ServiceException(status, what + ": the answer is not a valid item: " + reason, e);
    }
  }

  private <T> Decoded<T> readItem(String what, TableDefinition<T> table, TransportResponse response) {
    try (InputStream in = response.body(); JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new ServiceException(response.status(), what + ": the answer is not a JSON object");
      }
      Decoded<T> item = table.readJson(parser);
      if (item.system().id() == null || item.system().id().isEmpty()) {
        throw new ServiceException(response.status(), what + ": the service's item has no id");
      }
      return item;
    } catch (JsonProcessingException e) {
      throw new ServiceException(response.status(), what + ": the answer is not a valid item: "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new dev.offsync.NetworkException(what + ": the answer was cut off (" + e.getMessage() + ")", e);
    }
  }

  private ServiceException failure(String what, TransportResponse response) {
    return new ServiceException(response.status(), what + " failed with status " + response.status()
        + Optional.ofNullable(Problems.of(response)).map(p -> ": " + p).orElse(""));
  }

  /**
   * The whole body of an answer that carries an item. A body cut off on the way is a network failure, never
   * an empty answer: read as empty, a cut conflict answer would fail its operation for good.
   */
  private static byte[] readItemBody(String what, TransportResponse response) {
    try (InputStream in = response.body()) {
      return Bodies.readAll(in);
    } catch (IOException e) {
      throw new dev.offsync.NetworkException(what + ": the answer was cut off (" + e.getMessage() + ")", e);
    }
  }

  private <T> byte[] encode(TableDefinition<T> table, T item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = protocol.body(JSON.createGenerator(out))) {
      table.writeJson(item, generator);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write an item of " + table.tableName() + " as JSON", e);
    }
    return out.toByteArray();
  }

  private TransportResponse send(String what, String method, URI uri, Map<String, String> headers, byte[] body) {
    return transport.send(what, transport.request(method, uri, headers, body));
  }

  /** {@code <endpoint>/tables/<table>/<id>}, the id encoded as one path segment, with this query or none. */
  private URI itemUri(String table, String id, String query) {
    String segment = pathSegment(id);
    String uri = settings().tableUri(table) + "/" + segment;
    return URI.create(query == null || query.isEmpty() ? uri : uri + "?" + query);
  }

  /** An id as one path segment ({@code URLEncoder.encode(String, Charset)} is Java 10, not in Android API 26). */
  private static String pathSegment(String id) {
    try {
      return URLEncoder.encode(id, "UTF-8").replace("+", "%20");
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is required of every Java platform", e);
    }
  }

  private static Map<String, String> ifMatch(Map<String, String> headers, String version) {
    if (version == null) {
      return headers;
    }
    if (version.indexOf('"') >= 0) {
      throw new OffsyncException("A version must not contain a double quote");
    }
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put("If-Match", "\"" + version + "\"");
    return copy;
  }
}
