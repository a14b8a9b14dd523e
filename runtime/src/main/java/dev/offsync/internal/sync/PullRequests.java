package dev.offsync.internal.sync;

import dev.offsync.query.Fields;
import dev.offsync.query.Filter;
import dev.offsync.query.ODataPrinter;
import dev.offsync.query.Ordering;
import dev.offsync.query.Query;
import dev.offsync.schema.ColumnType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds a pull's list requests: the caller's filter and the cursor, ordered by {@code updatedAt, id}, with
 * soft-deleted records unless the pull starts from nothing, and {@code $count=true} on a pull's first request
 * only.
 */
public final class PullRequests {

  private static final List<Ordering<?>> CURSOR_ORDER = List.of(
      new Ordering<>(Fields.UPDATED_AT.name(), ColumnType.DATETIME, false),
      new Ordering<>(Fields.ID.name(), ColumnType.STRING, false));

  private PullRequests() {}

  /**
   * The query string of the next request.
   *
   * @param userFilter the caller's filter, if any
   * @param cursor where the pull stands, empty before the first record was ever pulled
   * @param first whether this is the first request of this pull (asks for the total count)
   * @param localRows whether the local table holds rows; then deletions are asked for even without a cursor,
   *     since one may concern a row this device wrote and pushed but never pulled
   */
  public static String queryString(Optional<Filter<?>> userFilter, Optional<PullCursor> cursor, boolean first,
      boolean localRows) {
    return ODataPrinter.queryString(query(userFilter, cursor, first, localRows));
  }

  /**
   * The next request as a query, for the service's protocol to print: {@link #queryString} in protocol v3;
   * protocol v2 prints it in its OData v3 forms with a {@code $top} of one page. The parameters are
   * {@link #queryString}'s.
   */
  public static Query query(Optional<Filter<?>> userFilter, Optional<PullCursor> cursor, boolean first,
      boolean localRows) {
    Optional<Filter<?>> filter = cursor.map(PullCursor::after)
        .<Filter<?>>map(after -> userFilter.<Filter<?>>map(f -> f.and(after)).orElse(after))
        .or(() -> userFilter);
    return filter.map(Query::where).orElse(Query.all())
        .orderBy(CURSOR_ORDER)
        .includeCount(first)
        // Deleted records matter only to a device that may hold them: skip them on a first pull into nothing.
        .includeDeleted(cursor.isPresent() || localRows);
  }

  /**
   * The query id for a pull without one: lowercase hex MD5 of {@code q|<table>|<filter>}, as the v6 client
   * derives it, so equal filters share one delta token.
   */
  public static String queryId(String table, Optional<Filter<?>> filter) {
    String text = "q|" + table + "|" + filter.map(ODataPrinter::filter).orElse("");
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      // Not java.util.HexFormat: Android has it only from API 34. 32 digits, leading zeros kept.
      return String.format(Locale.ROOT, "%032x", new BigInteger(1, md5.digest(text.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }
}
