package dev.offsync.server.internal.protocol;

import static dev.offsync.server.internal.storage.Sql.quote;

import dev.offsync.query.ODataParser;
import dev.offsync.query.ODataSyntaxException;
import dev.offsync.query.Ordering;
import dev.offsync.query.SqlFragment;
import dev.offsync.query.SqlPrinter;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.storage.Dialect;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the OData options of a list request ({@code $filter}, {@code $orderby}, {@code $select}) into SQL for
 * the table's dialect, through core's {@link ODataParser} and {@link SqlPrinter}; values always become
 * parameters.
 */
final class QueryTranslator {

  /**
   * The SQL of the options.
   *
   * @param conditions the {@code $filter} as SQL conditions, empty for none
   * @param parameters their placeholder values in storage form
   * @param orderBy the ordering, always ending with {@code "id"} so that pages are stable
   * @param select the properties to return, or null for all
   */
  record Translation(List<String> conditions, List<Object> parameters, String orderBy, Set<String> select) {}

  private final ODataParser parser;
  private final SqlPrinter printer;

  QueryTranslator(Table table, Dialect dialect) {
    this.parser = ODataParser.forColumns(table.queryColumns());
    this.printer = dialect.sqlPrinter();
  }

  /**
   * Translates the options.
   *
   * @throws ProtocolException 400 with the parser's reason for text that does not parse or fit the table
   */
  Translation translate(ListOptions options) {
    List<String> conditions = List.of();
    List<Object> parameters = List.of();
    if (options.filter() != null) {
      SqlFragment where = printer.where(parse("$filter", () -> parser.parseFilter(options.filter())));
      conditions = List.of(where.sql());
      parameters = where.parameters();
    }
    List<Ordering<Object>> orderings = options.orderBy() == null ? List.of()
        : parse("$orderby", () -> parser.parseOrderBy(options.orderBy()));
    Set<String> select = null;
    if (options.select() != null) {
      List<String> names = parse("$select", () -> parser.parseSelect(options.select()));
      select = names.isEmpty() ? null : new LinkedHashSet<>(names);
    }
    return new Translation(conditions, parameters, orderBy(orderings), select);
  }

  /** The printed ordering with {@code id} appended, unless it orders by {@code id} already. */
  private String orderBy(List<Ordering<Object>> orderings) {
    if (orderings.isEmpty()) {
      return quote(SystemProperties.ID);
    }
    String printed = printer.orderBy(orderings);
    boolean byId = orderings.stream().anyMatch(o -> o.column().equals(SystemProperties.ID));
    return byId ? printed : printed + ", " + quote(SystemProperties.ID);
  }

  private static <T> T parse(String option, java.util.function.Supplier<T> parsing) {
    try {
      return parsing.get();
    } catch (ODataSyntaxException e) {
      throw ProtocolException.badRequest(option + ": " + e.getMessage());
    }
  }
}
