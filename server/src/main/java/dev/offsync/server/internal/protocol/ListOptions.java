package dev.offsync.server.internal.protocol;

import dev.offsync.server.internal.http.Headers;
import dev.offsync.server.internal.http.QueryString;
import dev.offsync.server.internal.http.QueryString.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query options of a list request, validated: OData's {@code $filter}, {@code $orderby}, {@code $select},
 * {@code $skip}, {@code $top}, {@code $count}, and Datasync's {@code __includedeleted} and
 * {@code X-ZUMO-Options}.
 *
 * @param filter the {@code $filter} text, or null
 * @param orderBy the {@code $orderby} text, or null
 * @param select the {@code $select} text, or null
 * @param skip rows to skip, 0 when absent
 * @param top the most rows wanted, or null when absent
 * @param count whether {@code $count=true} was asked
 * @param includeDeleted whether soft-deleted rows are wanted
 * @param nextLinkPath whether the next link is wanted as a path ({@code X-ZUMO-Options: nextLink=path})
 * @param parameters the request's parameters, for the next link
 */
record ListOptions(String filter, String orderBy, String select, long skip, Integer top, boolean count,
    boolean includeDeleted, boolean nextLinkPath, List<Parameter> parameters) {

  private static final List<String> SUPPORTED = List.of("$filter", "$orderby", "$select", "$skip", "$top",
      "$count");

  /**
   * Reads and checks the options.
   *
   * @throws ProtocolException 400 naming the bad option
   */
  static ListOptions parse(QueryString query, Headers headers, int maxTop) {
    Map<String, String> options = new HashMap<>();
    for (Parameter parameter : query.parameters()) {
      String key = parameter.key().toLowerCase(Locale.ROOT);
      if (!key.startsWith("$")) {
        continue;
      }
      if (!SUPPORTED.contains(key)) {
        throw ProtocolException.badRequest("Query option '" + parameter.key() + "' is not supported; use "
            + String.join(", ", SUPPORTED));
      }
      if (options.put(key, parameter.value()) != null) {
        throw ProtocolException.badRequest("Query option '" + parameter.key() + "' is given twice");
      }
    }
    Integer top = options.containsKey("$top") ? (int) number("$top", options.get("$top")) : null;
    if (top != null && top > maxTop) {
      throw ProtocolException.badRequest("$top=" + top + " is more than the maximum of " + maxTop);
    }
    long skip = options.containsKey("$skip") ? number("$skip", options.get("$skip")) : 0;
    return new ListOptions(text(options, "$filter"), text(options, "$orderby"), text(options, "$select"), skip,
        top, count(options.get("$count")), Requests.includeDeleted(query, headers),
        Requests.zumoOptions(headers).contains("nextlink=path"), query.parameters());
  }

  private static String text(Map<String, String> options, String key) {
    String value = options.get(key);
    return value == null || value.isBlank() ? null : value;
  }

  private static long number(String option, String text) {
    try {
      long value = Long.parseLong(text.trim());
      if (value >= 0 && value <= Integer.MAX_VALUE) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Answered below with the option's name.
    }
    throw ProtocolException.badRequest(option + " must be a whole number from 0 to " + Integer.MAX_VALUE
        + ", not '" + abbreviate(text) + "'");
  }

  private static boolean count(String text) {
    if (text == null || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    throw ProtocolException.badRequest("$count must be true or false, not '" + abbreviate(text) + "'");
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
