package dev.offsync.server.internal.protocol;

import dev.offsync.query.Filter;
import dev.offsync.query.ODataParser;
import dev.offsync.query.ODataSyntaxException;
import dev.offsync.query.Ordering;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.internal.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the OData options of a list request ({@code $filter}, {@code $orderby}, {@code $select}) into core's
 * typed query tree with {@link ODataParser}; repositories translate the tree (the built-in one into SQL).
 */
final class QueryTranslator {

  /**
   * The parsed options.
   *
   * @param filter the {@code $filter}, or null for none
   * @param orderBy the ordering, always ending with {@code id} so that pages are stable
   * @param select the properties to return, or null for all
   */
  record Translation(Filter<Object> filter, List<Ordering<Object>> orderBy, Set<String> select) {}

  /** The last ordering of every page, unless the caller orders by {@code id}: stored values as they sort. */
  private static final Ordering<Object> BY_ID = new Ordering<>(SystemProperties.ID, false);

  private final ODataParser parser;

  QueryTranslator(Table table) {
    this.parser = ODataParser.forColumns(table.queryColumns());
  }

  /**
   * Parses the options.
   *
   * @throws ProtocolException 400 with the parser's reason for text that does not parse or fit the table
   */
  Translation translate(ListOptions options) {
    Filter<Object> filter = options.filter() == null ? null
        : parse("$filter", () -> parser.parseFilter(options.filter()));
    List<Ordering<Object>> orderings = options.orderBy() == null ? List.of()
        : parse("$orderby", () -> parser.parseOrderBy(options.orderBy()));
    Set<String> select = null;
    if (options.select() != null) {
      List<String> names = parse("$select", () -> parser.parseSelect(options.select()));
      select = names.isEmpty() ? null : new LinkedHashSet<>(names);
    }
    return new Translation(filter, orderBy(orderings), select);
  }

  /** The ordering with {@code id} appended, unless it orders by {@code id} already. */
  private static List<Ordering<Object>> orderBy(List<Ordering<Object>> orderings) {
    if (orderings.stream().anyMatch(o -> o.column().equals(SystemProperties.ID))) {
      return orderings;
    }
    List<Ordering<Object>> all = new ArrayList<>(orderings);
    all.add(BY_ID);
    return all;
  }

  private static <T> T parse(String option, java.util.function.Supplier<T> parsing) {
    try {
      return parsing.get();
    } catch (ODataSyntaxException e) {
      throw ProtocolException.badRequest(option + ": " + e.getMessage());
    }
  }
}
