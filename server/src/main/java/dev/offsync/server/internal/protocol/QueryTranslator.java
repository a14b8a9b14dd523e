package dev.offsync.server.internal.protocol;

import static dev.offsync.server.internal.storage.Sql.quote;

import dev.offsync.schema.SystemProperties;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.storage.Dialect;
import java.util.List;
import java.util.Set;

/**
 * Turns the OData options of a list request ({@code $filter}, {@code $orderby}, {@code $select}) into SQL for
 * the table's dialect.
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

  private final Table table;

  QueryTranslator(Table table, Dialect dialect) {
    this.table = table;
  }

  /**
   * Translates the options.
   *
   * @throws ProtocolException 400 for options this build cannot run
   */
  Translation translate(ListOptions options) {
    for (String[] option : new String[][] {{"$filter", options.filter()}, {"$orderby", options.orderBy()},
        {"$select", options.select()}}) {
      if (option[1] != null) {
        throw ProtocolException.badRequest(option[0] + " is not supported by this server build yet");
      }
    }
    return new Translation(List.of(), List.of(), quote(SystemProperties.ID), null);
  }

  Table table() {
    return table;
  }
}
