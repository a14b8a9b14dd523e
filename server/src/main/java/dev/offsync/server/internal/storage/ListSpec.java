package dev.offsync.server.internal.storage;

import java.util.List;

/**
 * One page of a list query in SQL terms.
 *
 * @param conditions SQL conditions joined with {@code AND}, with {@code ?} placeholders
 * @param parameters the placeholders' values in storage form, in order
 * @param orderBy the {@code ORDER BY} text without the keywords, ending with {@code "id"} for stable order
 * @param offset rows to skip
 * @param limit rows to read at most
 */
public record ListSpec(List<String> conditions, List<Object> parameters, String orderBy, long offset,
    int limit) {

  /** Copies the lists. */
  public ListSpec {
    conditions = List.copyOf(conditions);
    parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
  }

  /** The {@code WHERE} clause with a leading space, or empty. */
  String whereClause() {
    return conditions.isEmpty() ? "" : " WHERE (" + String.join(") AND (", conditions) + ")";
  }
}
