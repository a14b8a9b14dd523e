package dev.offsync.server.internal.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** HTTP header fields with case-insensitive names; several values per name are kept in order. */
public final class Headers {

  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();

  /** Adds one value of a header. */
  public Headers add(String name, String value) {
    String key = name.toLowerCase(Locale.ROOT);
    names.putIfAbsent(key, name);
    values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    return this;
  }

  /** Replaces all values of a header with this one. */
  public Headers set(String name, String value) {
    String key = name.toLowerCase(Locale.ROOT);
    values.remove(key);
    names.remove(key);
    return add(name, value);
  }

  /** The first value of a header, or null. */
  public String first(String name) {
    List<String> list = values.get(name.toLowerCase(Locale.ROOT));
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  /** Every value of a header, in the order received. */
  public List<String> all(String name) {
    return Collections.unmodifiableList(values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
  }

  /** Each header name as first given, with its values. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    values.forEach((key, list) -> map.put(names.get(key), List.copyOf(list)));
    return map;
  }
}
