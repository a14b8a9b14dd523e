package dev.offsync.server.internal.protocol;

import dev.offsync.server.Authenticator;
import dev.offsync.server.RequestRejectedException;
import dev.offsync.server.User;
import dev.offsync.server.internal.changes.ChangeStreams;
import dev.offsync.server.internal.http.HttpRequest;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.http.QueryString;
import dev.offsync.server.Operation;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.storage.Database;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol core: one request in, one response out, independent of the HTTP server. Routes
 * {@code /tables/{table}[/{id}]} and the change streams ({@code /tables/{table}/$changes},
 * {@code /tables/$changes}), authenticates, checks {@code ZUMO-API-VERSION}, and turns every failure
 * into an answer: 4xx problems for bad input, 500 with only a request id for anything unexpected. Every
 * response carries the request id in {@code X-Request-Id}; failures are logged once with it.
 */
public final class DatasyncHandler {

  /** The response header that carries the request id. */
  public static final String REQUEST_ID = "X-Request-Id";

  private static final String OPENAPI = "/openapi.json";
  private static final String HEALTH = "/health";

  private static final Logger LOG = LoggerFactory.getLogger(DatasyncHandler.class);

  private final Map<String, TableContext> tables;
  private final Settings settings;
  private final Database database;
  private final ChangeStreams changes;

  /**
   * The request-independent settings.
   *
   * @param authenticator the authenticator, or null to serve everyone as {@link User#ANONYMOUS}
   * @param maxBodyBytes the largest accepted body
   * @param strictApiVersion whether requests must send {@code ZUMO-API-VERSION: 3.0.x}
   * @param ignoreUnknownFields whether body properties that name no column are skipped rather than a 400
   * @param metrics where each table request and list page is reported
   */
  public record Settings(Authenticator authenticator, long maxBodyBytes, boolean strictApiVersion,
      boolean ignoreUnknownFields, RequestMetrics metrics) {

    /** Settings that report no metrics. */
    public Settings(Authenticator authenticator, long maxBodyBytes, boolean strictApiVersion,
        boolean ignoreUnknownFields) {
      this(authenticator, maxBodyBytes, strictApiVersion, ignoreUnknownFields, RequestMetrics.NONE);
    }
  }

  DatasyncHandler(Map<String, TableContext> tables, Database database, ChangeStreams changes, Settings settings) {
    this.database = database;
    this.changes = changes;
    this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    this.settings = settings;
  }

  /** Serves one request; never throws. */
  public HttpResponse handle(HttpRequest request) {
    String requestId = RequestIds.next();
    long started = System.nanoTime();
    HttpResponse response;
    try {
      response = route(request);
    } catch (ProtocolException e) {
      response = answer(e);
      log(request, requestId, response.status(), e.getMessage());
    } catch (RequestRejectedException e) {
      response = Problems.of(e.status(), e.getMessage());
      log(request, requestId, e.status(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("Request {} {} {} failed", requestId, request.method(), request.rawPath(), e);
      response = Problems.of(500, "The server failed unexpectedly; quote request id " + requestId);
    }
    response.headers().set(REQUEST_ID, requestId);
    report(request, response.status(), System.nanoTime() - started);
    if (LOG.isDebugEnabled()) {
      // Key=value fields for log processors: never the query (filters quote data), headers or bodies.
      LOG.debug("request id={} method={} table={} byId={} status={} micros={}", requestId, request.method(),
          tableOf(request.path()), request.path().split("/", -1).length > 3, response.status(),
          (System.nanoTime() - started) / 1000);
    }
    return response;
  }

  /** Reports a table request to the metrics; {@code /health} and {@code /openapi.json} are not counted. */
  private void report(HttpRequest request, int status, long nanos) {
    String[] parts = request.path().split("/", -1);
    if (parts.length < 3 || !parts[1].equals("tables")) {
      return;
    }
    boolean byId = parts.length > 3;
    String operation = switch (request.method()) {
      case "GET" -> byId ? "read" : "query";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "DELETE" -> "delete";
      default -> "other";
    };
    settings.metrics().request(tableOf(request.path()), operation, status, nanos);
  }

  /** The served table a path names, or "-": a name the caller made up is not logged. */
  private String tableOf(String path) {
    String[] parts = path.split("/", -1);
    return parts.length > 2 && parts[1].equals("tables") && tables.containsKey(parts[2]) ? parts[2] : "-";
  }

  private HttpResponse route(HttpRequest request) {
    if (request.path().equals(HEALTH)) {
      onlyGet(request);
      return health();
    }
    if (request.path().equals(OPENAPI)) {
      onlyGet(request);
      return OpenApi.document(visibleTables(authenticate(request)));
    }
    Route route = Route.parse(request.path());
    User user = authenticate(request);
    checkApiVersion(request);
    if (route.table().equals(ChangesEndpoint.SEGMENT) && route.id() == null) {
      return ChangesEndpoint.open(tables, changes, request.method(), user,
          ChangesEndpoint.tablesParameter(query(request)));
    }
    if (ChangesEndpoint.SEGMENT.equals(route.id()) && tables.containsKey(route.table())) {
      return ChangesEndpoint.open(tables, changes, request.method(), user, List.of(route.table()));
    }
    TableContext context = tables.get(route.table());
    if (context == null) {
      throw ProtocolException.of(404, "There is no table '" + ListOptions.abbreviate(route.table()) + "'");
    }
    Call call = new Call(request, user, query(request), settings.maxBodyBytes(),
        settings.ignoreUnknownFields(), settings.metrics());
    try {
      return dispatch(context, call, route);
    } catch (ProtocolException e) {
      if (e.entity() == null) {
        throw e;
      }
      return Responses.entity(e.status(), context.table(), e.entity());
    }
  }

  /**
   * {@code GET /health}, for load balancers: no authentication, and nothing but up or down. Up when the database
   * and every table's repository answer.
   */
  private HttpResponse health() {
    boolean up = database.isReachable() && tables.values().stream().allMatch(c -> c.repository().isReachable());
    String status = up ? "UP" : "DOWN";
    return HttpResponse.of(up ? 200 : 503, Responses.JSON,
        ("{\"status\":\"" + status + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private static void onlyGet(HttpRequest request) {
    if (!request.method().equals("GET")) {
      throw ProtocolException.methodNotAllowed(request.method(), "GET");
    }
  }

  /** The tables the user may query, in the order they were added. */
  private List<Table> visibleTables(User user) {
    return tables.values().stream()
        .filter(context -> context.policy().isAllowed(user, context.table().name(), Operation.QUERY, null))
        .map(TableContext::table).toList();
  }

  private static HttpResponse dispatch(TableContext context, Call call, Route route) {
    String method = call.request().method();
    if (route.id() == null) {
      return switch (method) {
        case "GET" -> Reads.list(context, call);
        case "POST" -> Writes.create(context, call);
        default -> throw ProtocolException.methodNotAllowed(method, "GET, POST");
      };
    }
    String id = Writes.checkId(route.id());
    return switch (method) {
      case "GET" -> Reads.read(context, call, id);
      case "PUT" -> Writes.replace(context, call, id);
      case "DELETE" -> Writes.delete(context, call, id);
      default -> throw ProtocolException.methodNotAllowed(method, "GET, PUT, DELETE");
    };
  }

  private User authenticate(HttpRequest request) {
    if (settings.authenticator() == null) {
      return User.ANONYMOUS;
    }
    return settings.authenticator().authenticate(Credentials.token(request.headers()))
        .orElseThrow(() -> ProtocolException.of(401, "A valid bearer token is required: send Authorization:"
            + " Bearer <token>"));
  }

  private void checkApiVersion(HttpRequest request) {
    if (!settings.strictApiVersion()) {
      return;
    }
    String version = request.headers().first("ZUMO-API-VERSION");
    if (version == null) {
      version = QueryString.parse(request.rawQuery()).parameters().stream()
          .filter(p -> p.key().equalsIgnoreCase("ZUMO-API-VERSION")).map(QueryString.Parameter::value)
          .findFirst().orElse(null);
    }
    if (version == null || !version.trim().matches("3\\.0\\.\\d+")) {
      throw ProtocolException.badRequest("This server speaks Datasync protocol 3.0: send ZUMO-API-VERSION:"
          + " 3.0.0" + (version == null ? "" : " (got '" + ListOptions.abbreviate(version) + "')"));
    }
  }

  private static QueryString query(HttpRequest request) {
    try {
      return QueryString.parse(request.rawQuery());
    } catch (IllegalArgumentException e) {
      throw ProtocolException.badRequest("The query string is not properly percent-encoded");
    }
  }

  private static HttpResponse answer(ProtocolException e) {
    HttpResponse response = Problems.of(e.status(), e.getMessage(), e.violations());
    if (e.status() == 401) {
      response.headers().set("WWW-Authenticate", "Bearer");
    }
    if (e.allow() != null) {
      response.headers().set("Allow", e.allow());
    }
    return response;
  }

  private static void log(HttpRequest request, String requestId, int status, String detail) {
    // The detail may quote the caller's data, so it is logged at debug only.
    LOG.info("Request {} {} {} answered {}", requestId, request.method(), request.rawPath(), status);
    LOG.debug("Request {} detail: {}", requestId, detail);
  }
}
