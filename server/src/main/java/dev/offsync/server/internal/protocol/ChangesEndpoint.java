package dev.offsync.server.internal.protocol;

import dev.offsync.query.Ordering;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.ItemQuery;
import dev.offsync.server.Operation;
import dev.offsync.server.RowView;
import dev.offsync.server.User;
import dev.offsync.server.internal.changes.ChangeConnection;
import dev.offsync.server.internal.changes.ChangeStreams;
import dev.offsync.server.internal.changes.ServerSentEvents;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.http.QueryString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /tables/{table}/$changes} and {@code GET /tables/$changes?tables=a,b}: a Server-Sent Events stream
 * of change notices (table and newest {@code updatedAt}, never contents) for tables the caller may query; with
 * an owner column only of the caller's own rows. The stream opens with each table's newest {@code updatedAt}
 * in the caller's view, so a client that was away learns what it missed without a pull of its own.
 */
final class ChangesEndpoint {

  /** The path segment of the endpoint. */
  static final String SEGMENT = "$changes";

  private ChangesEndpoint() {}

  /** Opens a stream over these tables (all the caller may query when none are named). */
  static HttpResponse open(Map<String, TableContext> tables, ChangeStreams streams, String method, User user,
      List<String> names) {
    if (!method.equals("GET")) {
      throw ProtocolException.methodNotAllowed(method, "GET");
    }
    List<TableContext> followed = followed(tables, user, names);
    Map<String, String> scopes = new LinkedHashMap<>();
    followed.forEach(context -> scopes.put(context.table().name(),
        context.table().schema().ownerColumn() == null ? null : user.id()));
    ChangeConnection connection = streams.open(scopes).orElse(null);
    if (connection == null) {
      HttpResponse busy = Problems.of(503, "Too many change streams are open (at most " + streams.maxStreams()
          + "), or the server is stopping; try again later");
      busy.headers().set("Retry-After", "5");
      return busy;
    }
    try {
      // After the connection is registered, so a write committing meanwhile is heard of one way or the other.
      for (TableContext context : followed) {
        Instant newest = newest(context, user);
        if (newest != null) {
          connection.note(context.table().name(), newest);
        }
      }
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
    HttpResponse response = HttpResponse.streamed(200, ServerSentEvents.MEDIA_TYPE,
        new ServerSentEvents(connection, streams.heartbeat()));
    response.headers().set("Cache-Control", "no-cache").set("X-Accel-Buffering", "no");
    return response;
  }

  /** The {@code tables} parameter as names, or empty for every table. */
  static List<String> tablesParameter(QueryString query) {
    List<String> names = new ArrayList<>();
    for (QueryString.Parameter parameter : query.parameters()) {
      if (!parameter.key().equals("tables")) {
        throw ProtocolException.badRequest("The change stream takes only the parameter 'tables', not '"
            + ListOptions.abbreviate(parameter.key()) + "'");
      }
      for (String name : parameter.value().split(",", -1)) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    return names;
  }

  private static List<TableContext> followed(Map<String, TableContext> tables, User user, List<String> names) {
    List<TableContext> followed = new ArrayList<>();
    for (String name : names.isEmpty() ? List.copyOf(tables.keySet()) : names) {
      TableContext context = tables.get(name);
      if (context == null) {
        throw ProtocolException.of(404, "There is no table '" + ListOptions.abbreviate(name) + "'");
      }
      boolean allowed = context.policy().isAllowed(user, name, Operation.QUERY, null);
      if (allowed && !followed.contains(context)) {
        followed.add(context);
      } else if (!allowed && !names.isEmpty()) {
        throw ProtocolException.of(403, "You may not read table '" + name + "'");
      }
    }
    return followed;
  }

  /** The newest {@code updatedAt} of the table's rows in the user's view (deleted ones too), or null. */
  private static Instant newest(TableContext context, User user) {
    RowView view = context.policy().view(user, context.table().name());
    ItemQuery query = new ItemQuery(Views.restrict(null, true, view, context.table()),
        List.of(new Ordering<>(SystemProperties.UPDATED_AT, true)), 0, 1);
    Instant[] newest = new Instant[1];
    context.repository().list(query, item -> newest[0] = item.updatedAt());
    return newest[0];
  }
}
