package dev.offsync.server.internal.protocol;

import dev.offsync.server.internal.http.Headers;
import dev.offsync.server.internal.model.Item;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditional requests (RFC 9110 section 13) on GET-by-id, PUT and DELETE, in the order the .NET servers
 * evaluate them: {@code If-Match}, else {@code If-Unmodified-Since}; then {@code If-None-Match}, else
 * {@code If-Modified-Since}. Entity tags compare strongly: weak tags never match, {@code *} matches any entity.
 * Dates have second precision, so {@code updatedAt} is compared truncated to the second.
 */
final class Preconditions {

  private Preconditions() {}

  /**
   * Checks the request's conditions against the stored entity.
   *
   * @param fetch whether this is a GET, which answers 304 where a write answers 412
   * @throws ProtocolException 412 (with the entity) or 304
   */
  static void check(Headers headers, Item entity, boolean fetch) {
    List<String> ifMatch = tags(headers.all("If-Match"));
    List<String> ifNoneMatch = tags(headers.all("If-None-Match"));
    Instant modified = entity.updatedAt().truncatedTo(ChronoUnit.SECONDS);
    if (!ifMatch.isEmpty()) {
      if (ifMatch.stream().noneMatch(tag -> matches(tag, entity))) {
        throw ProtocolException.withEntity(412, entity);
      }
    } else {
      Instant unmodifiedSince = date(headers.first("If-Unmodified-Since"));
      if (unmodifiedSince != null && modified.isAfter(unmodifiedSince)) {
        throw ProtocolException.withEntity(412, entity);
      }
    }
    if (!ifNoneMatch.isEmpty()) {
      if (ifNoneMatch.stream().anyMatch(tag -> matches(tag, entity))) {
        throw ProtocolException.withEntity(fetch ? 304 : 412, entity);
      }
    } else {
      Instant modifiedSince = date(headers.first("If-Modified-Since"));
      if (modifiedSince != null && !modified.isAfter(modifiedSince)) {
        throw ProtocolException.withEntity(fetch ? 304 : 412, entity);
      }
    }
  }

  /** The entity tag of a version: the version in double quotes. */
  static String etag(String version) {
    return '"' + version + '"';
  }

  /** The RFC 1123 form of an instant, for {@code Last-Modified}. */
  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static boolean matches(String tag, Item entity) {
    if (tag.equals("*")) {
      return true;
    }
    if (tag.startsWith("W/")) {
      return false;
    }
    String opaque = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
        ? tag.substring(1, tag.length() - 1) : tag;
    return opaque.equals(entity.version());
  }

  /** The entity tags of a header, split at commas outside quotes. */
  static List<String> tags(List<String> headerValues) {
    List<String> tags = new ArrayList<>();
    for (String value : headerValues) {
      StringBuilder current = new StringBuilder();
      boolean quoted = false;
      for (char c : value.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        }
        if (c == ',' && !quoted) {
          addTag(tags, current);
        } else {
          current.append(c);
        }
      }
      addTag(tags, current);
    }
    return tags;
  }

  private static void addTag(List<String> tags, StringBuilder current) {
    String tag = current.toString().trim();
    if (!tag.isEmpty()) {
      tags.add(tag);
    }
    current.setLength(0);
  }

  /** An HTTP date, or null when absent or invalid (an invalid date is ignored, as RFC 9110 says). */
  private static Instant date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
