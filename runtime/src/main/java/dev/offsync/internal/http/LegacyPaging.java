package dev.offsync.internal.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the next page of a protocol v2 list by {@code $skip}: the same request with {@code $skip} moved past the
 * items read. There is a next page when this one was full (as many items as {@code $top}), or the service sent
 * a {@code Link} header (a server that cut the page short by its own limit), unless the service's count says
 * every item was read.
 */
final class LegacyPaging {

  private static final String SKIP = "$skip";
  private static final String TOP = "$top";

  private LegacyPaging() {}

  /** The next page after {@code page}, or null. */
  static URI next(URI page, PageParser.Parsed parsed, boolean linkHeader) {
    if (parsed.items() == 0) {
      return null;
    }
    List<String> pairs = pairs(page.getRawQuery());
    long top = number(pairs, TOP, ProtocolV2.PAGE_SIZE);
    long skip = number(pairs, SKIP, 0);
    long nextSkip = skip + parsed.items();
    boolean full = parsed.items() >= top || linkHeader;
    if (!full || (parsed.count() >= 0 && nextSkip >= parsed.count())) {
      return null;
    }
    return URI.create(withoutQuery(page) + "?" + String.join("&", withSkip(pairs, nextSkip)));
  }

  private static List<String> pairs(String rawQuery) {
    List<String> pairs = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        pairs.add(pair);
      }
    }
    return pairs;
  }

  private static long number(List<String> pairs, String name, long absent) {
    for (String pair : pairs) {
      if (pair.startsWith(name + "=")) {
        try {
          return Long.parseLong(pair.substring(name.length() + 1));
        } catch (NumberFormatException e) {
          return absent;
        }
      }
    }
    return absent;
  }

  /** The pairs with {@code $skip} replaced, or inserted before {@code $top} (the order the clients write). */
  private static List<String> withSkip(List<String> pairs, long skip) {
    List<String> result = new ArrayList<>(pairs.size() + 1);
    boolean placed = false;
    for (String pair : pairs) {
      if (pair.startsWith(SKIP + "=")) {
        continue;
      }
      if (!placed && pair.startsWith(TOP + "=")) {
        result.add(SKIP + "=" + skip);
        placed = true;
      }
      result.add(pair);
    }
    if (!placed) {
      result.add(SKIP + "=" + skip);
    }
    return result;
  }

  private static String withoutQuery(URI page) {
    String text = page.toString();
    int question = text.indexOf('?');
    return question < 0 ? text : text.substring(0, question);
  }
}
