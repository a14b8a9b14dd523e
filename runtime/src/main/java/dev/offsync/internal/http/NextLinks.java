package dev.offsync.internal.http;

import dev.offsync.errors.ServiceException;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Resolves a page's {@code nextLink} in the three forms servers write: a bare query string (CommunityToolkit
 * servers: appended to the current page's path), a path ({@code /tables/x?…}, relative to the endpoint's
 * origin), or an absolute URL (v6 servers). A link to another scheme, host or port is refused, so a hostile
 * service cannot send the client's token elsewhere.
 */
final class NextLinks {

  /** An absolute URI starts with a scheme; a bare query string cannot (its keys start with $ or _). */
  private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private NextLinks() {}

  /** The next page's URI, or null when the link is absent or empty. */
  static URI resolve(HttpSettings settings, URI current, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String text = link.strip();
    URI endpoint = settings.endpoint();
    URI next;
    try {
      if (ABSOLUTE.matcher(text).lookingAt()) {
        next = URI.create(text); // any scheme: one other than the endpoint's is refused below
      } else if (text.startsWith("/")) {
        next = URI.create(origin(endpoint) + text);
      } else {
        String query = text.startsWith("?") ? text.substring(1) : text;
        next = URI.create(origin(current) + current.getRawPath() + "?" + query);
      }
    } catch (IllegalArgumentException e) {
      throw new ServiceException(200, "The service sent a malformed nextLink", e);
    }
    if (!sameOrigin(endpoint, next)) {
      throw new ServiceException(200, "Refused a nextLink to another host (" + next.getScheme() + ":"
          + (next.getAuthority() == null ? "" : "//" + next.getAuthority()) + "); pages must come from "
          + origin(endpoint));
    }
    return next;
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 80;
  }
}
