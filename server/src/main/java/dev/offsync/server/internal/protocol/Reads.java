package dev.offsync.server.internal.protocol;

import dev.offsync.query.Filter;
import dev.offsync.server.ItemQuery;
import dev.offsync.server.Operation;
import dev.offsync.server.RowView;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.model.Item;
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
    RowView view = context.policy().view(call.user(), context.table().name());
    Filter<Object> filter = Views.restrict(translation.filter(), options.includeDeleted(), view, context.table());
    int take = options.top() == null ? context.table().pageSize() : Math.min(options.top(),
        context.table().pageSize());
    boolean mayContinue = options.top() == null || options.top() > take;
    ItemQuery query = new ItemQuery(filter, translation.orderBy(), options.skip(), mayContinue ? take + 1 : take);
    PageWriter page = new PageWriter(context.table(), translation.select(), take);
    context.repository().list(query, page);
    Long count = options.count() ? context.repository().count(query) : null;
    String next = NextLink.of(context.table().name(), options, page.rows(), page.more());
    call.metrics().page(context.table().name(), page.rows());
    return page.finish(count, next);
  }

  /** {@code GET /tables/{table}/{id}}. */
  static HttpResponse read(TableContext context, Call call, String id) {
    Item item = context.repository().find(id).map(Item::from)
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
