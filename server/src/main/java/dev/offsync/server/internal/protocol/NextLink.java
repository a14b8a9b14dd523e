package dev.offsync.server.internal.protocol;

import dev.offsync.server.internal.http.QueryString.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The link to the next page: the request's query with {@code $skip} and {@code $top} replaced, as a bare query
 * string (the Community Toolkit form, appended to the table's URL by the client) or as a path.
 */
final class NextLink {

  private NextLink() {}

  /**
   * The next link, or null when this page is the last.
   *
   * @param returned rows in this page
   * @param more whether rows follow this page
   */
  static String of(String table, ListOptions options, int returned, boolean more) {
    long skip = options.skip() + returned;
    Integer top = options.top() == null ? null : options.top() - returned;
    if (!more || top != null && top <= 0) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Parameter parameter : options.parameters()) {
      if (!parameter.key().equalsIgnoreCase("$skip") && !parameter.key().equalsIgnoreCase("$top")) {
        parts.add(parameter.raw());
      }
    }
    if (skip > 0) {
      parts.add("$skip=" + skip);
    }
    if (top != null) {
      parts.add("$top=" + top);
    }
    String query = String.join("&", parts);
    return options.nextLinkPath() ? "/tables/" + table + "?" + query : query;
  }
}
