package dev.offsync.server.internal.protocol;

import static dev.offsync.server.internal.storage.Sql.quote;

import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.Operation;
import dev.offsync.server.RowView;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.storage.ListSpec;
import dev.offsync.server.internal.storage.StorageException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The read operations: a list query and a read by id. */
final class Reads {

  private Reads() {}

  /**
   * {@code GET /tables/{table}}: one page. Reads one row more than the page to learn whether a next page
   * exists, and counts only on {@code $count=true}, so a full pull costs O(n).
   */
  static HttpResponse list(TableContext context, Call call) {
    authorize(context, call, Operation.QUERY, (Item) null);
    ListOptions options = ListOptions.parse(call.query(), call.request().headers(), context.maxTop());
    QueryTranslator.Translation translation = context.translator().translate(options);
    List<String> conditions = new ArrayList<>(translation.conditions());
    List<Object> parameters = new ArrayList<>(translation.parameters());
    if (!options.includeDeleted()) { // soft-deleted rows, or tombstones of a hard-delete table
      conditions.add(quote(SystemProperties.DELETED) + " = ?");
      parameters.add(context.database().dialect().toStorage(ColumnType.BOOLEAN, false));
    }
    RowView view = context.policy().view(call.user(), context.table().name());
    Views.addConditions(view, context.table(), context.database().dialect(), conditions, parameters);
    int take = options.top() == null ? context.table().pageSize() : Math.min(options.top(),
        context.table().pageSize());
    boolean mayContinue = options.top() == null || options.top() > take;
    ListSpec spec = new ListSpec(conditions, parameters, translation.orderBy(), options.skip(),
        mayContinue ? take + 1 : take);
    try {
      return context.database().read(connection -> {
        List<Item> rows = context.store().list(connection, spec);
        boolean more = rows.size() > take;
        List<Item> page = more ? rows.subList(0, take) : rows;
        Long count = options.count() ? context.store().count(connection, spec) : null;
        String next = NextLink.of(context.table().name(), options, page.size(), more);
        call.metrics().page(context.table().name(), page.size());
        return Responses.page(context.table(), page, count, next, translation.select());
      });
    } catch (StorageException e) {
      if (e.getCause() instanceof SQLException cause && context.database().dialect().isEvaluationError(cause)) {
        // The database's message may quote stored values, so only its SQLSTATE is passed on.
        throw ProtocolException.badRequest("The query cannot be evaluated on the stored data (SQLSTATE "
            + cause.getSQLState() + "), for example because of a division by zero or a number out of range");
      }
      throw e;
    }
  }

  /** {@code GET /tables/{table}/{id}}. */
  static HttpResponse read(TableContext context, Call call, String id) {
    Item item = context.database().read(connection -> context.store().find(connection, id))
        .filter(found -> !context.table().isTombstone(found) && Views.includes(
            context.policy().view(call.user(), context.table().name()), context.table(), found))
        .orElseThrow(() -> notFound(context, id));
    authorize(context, call, Operation.READ, item);
    if (item.deleted() && context.table().softDelete() && !call.includeDeleted()) {
      throw gone(context, id);
    }
    Preconditions.check(call.request().headers(), item, true);
    return Responses.entity(200, context.table(), item);
  }

  static void authorize(TableContext context, Call call, Operation operation, Item item) {
    authorize(context, call, operation, item == null ? null : item.toMap());
  }

  static void authorize(TableContext context, Call call, Operation operation, Map<String, Object> item) {
    if (!context.policy().isAllowed(call.user(), context.table().name(), operation, item)) {
      throw ProtocolException.of(403, "User '" + call.user().id() + "' may not "
          + operation.name().toLowerCase(Locale.ROOT) + " in table '" + context.table().name() + "'");
    }
  }

  static ProtocolException notFound(TableContext context, String id) {
    return ProtocolException.of(404, "Table '" + context.table().name() + "' has no item with id '" + id + "'");
  }

  static ProtocolException gone(TableContext context, String id) {
    return ProtocolException.of(410, "Item '" + id + "' of table '" + context.table().name() + "' is deleted;"
        + " add ?__includedeleted=true to see or restore it");
  }
}
