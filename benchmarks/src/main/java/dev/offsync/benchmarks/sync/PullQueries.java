package dev.offsync.benchmarks.sync;

import dev.offsync.query.Fields;
import dev.offsync.query.ODataPrinter;
import dev.offsync.query.Ordering;
import dev.offsync.query.Query;
import dev.offsync.schema.ColumnType;
import java.net.URI;
import java.time.Instant;

/**
 * The list requests a full pull of table {@code items} sends, written with the public query API: ordered by
 * {@code updatedAt, id}, the count on the first request, after the cursor {@code (T, I)} the filter
 * {@code updatedAt ge T and (updatedAt gt T or id gt I)} with deleted records (PROTOCOL.md, "Pull"). The limit
 * and the incremental pull's raw GET ask for exactly these pages; {@code LimitPullIT} checks that Offsync's
 * pull sends as many requests for the same rows.
 */
final class PullQueries {

  private PullQueries() {}

  /** The first request of a pull into an empty table. */
  static URI first(URI service) {
    return uri(service, Query.all().includeCount(true).includeDeleted(false));
  }

  /** The request for the records after {@code (updatedAt, id)}. */
  static URI after(URI service, Instant updatedAt, String id) {
    return uri(service, Query.where(Fields.UPDATED_AT.ge(updatedAt).and(Fields.UPDATED_AT.gt(updatedAt)
        .or(Fields.ID.gt(id)))).includeDeleted(true));
  }

  private static URI uri(URI service, Query query) {
    Query ordered = query.orderBy(new Ordering<>(Fields.UPDATED_AT.name(), ColumnType.DATETIME, false),
        new Ordering<>(Fields.ID.name(), ColumnType.STRING, false));
    return URI.create(service + "/tables/items?" + ODataPrinter.queryString(ordered));
  }
}
