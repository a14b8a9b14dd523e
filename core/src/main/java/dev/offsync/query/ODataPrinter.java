package dev.offsync.query;

import dev.offsync.query.internal.ODataWriter;
import dev.offsync.query.internal.PercentEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Prints queries as OData v4 text exactly as the .NET Datasync clients write it, for example
 * {@code ((rating eq 'G') and (updatedAt gt cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset)))}; and, for
 * legacy Azure Mobile Apps servers (protocol v2), in the OData v3 forms they read, for example
 * {@code ((rating eq 'G') and (updatedAt gt datetimeoffset'2024-08-23T20:22:54.291Z'))}.
 */
public final class ODataPrinter {

  /** The query parameter that asks for soft-deleted rows. */
  public static final String INCLUDE_DELETED = "__includedeleted";
  /** The protocol v2 spelling of {@link #INCLUDE_DELETED}; the Node server matches it case-sensitively. */
  public static final String LEGACY_INCLUDE_DELETED = "__includeDeleted";

  private ODataPrinter() {}

  /** The {@code $filter} text of a filter, not yet percent-encoded. */
  public static String filter(Filter<?> filter) {
    return ODataWriter.filter(filter);
  }

  /**
   * The protocol v2 {@code $filter} text of a filter, not yet percent-encoded: {@code substringof(part,text)}
   * for {@code contains}, {@code or} chains for {@code in}, {@code datetimeoffset'…'} for instants, and dates,
   * times, local date-times and UUIDs as quoted text.
   *
   * @throws IllegalArgumentException if the filter compares bytes, which OData v3 cannot express
   */
  public static String legacyFilter(Filter<?> filter) {
    return ODataWriter.legacyFilter(filter);
  }

  /** The {@code $orderby} text, such as {@code title,updatedAt desc}, not yet percent-encoded. */
  public static String orderBy(List<? extends Ordering<?>> orderings) {
    StringJoiner joined = new StringJoiner(",");
    for (Ordering<?> ordering : orderings) {
      joined.add(term(ordering));
    }
    return joined.toString();
  }

  /**
   * The whole query string without the leading {@code ?}: {@code $filter}, {@code $orderby}, {@code $skip} (if
   * above 0), {@code $top}, {@code $select} (names sorted), {@code $count=true}, then {@code __includedeleted=true}
   * and the other parameters sorted by name; each value percent-encoded, list items joined by plain commas.
   */
  public static String queryString(Query query) {
    List<String> parts = new ArrayList<>(8);
    query.filter().ifPresent(filter -> parts.add("$filter=" + PercentEncoding.encode(filter(filter))));
    addPaging(query, parts);
    if (query.includeCount()) {
      parts.add("$count=true");
    }
    addParameters(query, INCLUDE_DELETED, parts);
    return String.join("&", parts);
  }

  /**
   * The whole query string in the protocol v2 forms, in the same order as {@link #queryString}: the
   * {@link #legacyFilter legacy filter}, {@code $inlinecount=allpages} for the count and
   * {@code __includeDeleted=true} for soft-deleted rows.
   *
   * @throws IllegalArgumentException if the filter compares bytes
   */
  public static String legacyQueryString(Query query) {
    List<String> parts = new ArrayList<>(8);
    query.filter().ifPresent(filter -> parts.add("$filter=" + PercentEncoding.encode(legacyFilter(filter))));
    addPaging(query, parts);
    if (query.includeCount()) {
      parts.add("$inlinecount=allpages");
    }
    addParameters(query, LEGACY_INCLUDE_DELETED, parts);
    return String.join("&", parts);
  }

  /** {@code $orderby}, {@code $skip}, {@code $top} and {@code $select}, the same in both protocols. */
  private static void addPaging(Query query, List<String> parts) {
    if (!query.orderBy().isEmpty()) {
      parts.add("$orderby=" + encodedList(query.orderBy().stream().map(ODataPrinter::term).toList()));
    }
    if (query.skip() > 0) {
      parts.add("$skip=" + query.skip());
    }
    query.top().ifPresent(top -> parts.add("$top=" + top));
    if (!query.select().isEmpty()) {
      parts.add("$select=" + encodedList(query.select().stream().sorted().toList()));
    }
  }

  private static void addParameters(Query query, String includeDeleted, List<String> parts) {
    Map<String, String> rest = new TreeMap<>(query.parameters());
    if (query.includeDeleted()) {
      rest.put(includeDeleted, "true");
    }
    rest.forEach((key, value) -> parts.add(PercentEncoding.encode(key) + "=" + PercentEncoding.encode(value)));
  }

  private static String term(Ordering<?> ordering) {
    return ordering.descending() ? ordering.column() + " desc" : ordering.column();
  }

  private static String encodedList(List<String> items) {
    StringJoiner joined = new StringJoiner(",");
    for (String item : items) {
      joined.add(PercentEncoding.encode(item));
    }
    return joined.toString();
  }
}
