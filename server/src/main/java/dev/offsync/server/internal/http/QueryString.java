package dev.offsync.server.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The parameters of a raw query string, decoded, in the order received, each with its raw text. */
public final class QueryString {

  /**
   * One parameter.
   *
   * @param key the decoded key
   * @param value the decoded value, empty when the parameter had no {@code =}
   * @param raw the parameter as received, still percent-encoded
   */
  public record Parameter(String key, String value, String raw) {}

  private final List<Parameter> parameters;

  private QueryString(List<Parameter> parameters) {
    this.parameters = List.copyOf(parameters);
  }

  /**
   * Parses {@code a=1&b=2}; {@code +} is a space, as browsers and the .NET clients encode it.
   *
   * @throws IllegalArgumentException on a malformed percent escape
   */
  public static QueryString parse(String raw) {
    List<Parameter> list = new ArrayList<>();
    if (raw != null && !raw.isEmpty()) {
      for (String part : raw.split("&")) {
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        String key = eq < 0 ? part : part.substring(0, eq);
        String value = eq < 0 ? "" : part.substring(eq + 1);
        list.add(new Parameter(decode(key), decode(value), part));
      }
    }
    return new QueryString(list);
  }

  /** All parameters in order. */
  public List<Parameter> parameters() {
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
