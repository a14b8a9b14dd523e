package dev.offsync.internal.http;

import dev.offsync.AuthenticationException;
import dev.offsync.NetworkException;
import dev.offsync.OffsyncException;
import dev.offsync.ServiceException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests through a {@link Transport} with the protocol's headers and the access token, and reads every
 * status that is about getting an answer at all, in one place for all calls and transports.
 *
 * <p>Network errors, 5xx and 429 are retried as the {@link dev.offsync.RetryPolicy} says (honouring
 * {@code Retry-After}); when it gives up, a network error becomes a {@link NetworkException} and a 5xx or 429 a
 * {@link ServiceException}. A 401 asks for a fresh token once; 401 after that and 403 are
 * {@link AuthenticationException}s; a 404 that names an unknown table is a configuration error. Every other
 * status (success, conflict, gone, refusal) is the protocol's outcome and returned to the caller. Thread-safe.
 */
public final class HttpTransport {

  private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);
  /**
   * Answers up to this size whose length is known are read whole inside the retry loop, so that one cut off on
   * the way is retried like a refused connection; larger ones (list pages) stream to their caller.
   */
  private static final int BUFFERED_BYTES = 8192;

  private final HttpSettings settings;
  private final String apiVersion;
  private final Transport transport;

  /** A transport for these settings over this one (the JDK's or another). */
  public HttpTransport(HttpSettings settings, Transport transport) {
    this.settings = settings;
    this.apiVersion = Protocol.of(settings.protocol()).apiVersion();
    this.transport = java.util.Objects.requireNonNull(transport, "transport");
  }

  /** The settings this transport was made with. */
  public HttpSettings settings() {
    return settings;
  }

  /** A request of this method to this exact URI with these headers (beyond the protocol's and the token). */
  TransportRequest request(String method, URI uri, Map<String, String> headers, byte[] body) {
    return new TransportRequest(method, uri, headers, body, settings.readTimeout());
  }

  /**
   * Sends one request, retrying as the policy says; the caller owns (and closes) the returned answer.
   *
   * @param what a short description for errors and logs, without record contents
   * @throws NetworkException when the service cannot be reached after the retries
   * @throws ServiceException on 5xx or 429 after the retries, or a 404 naming an unknown table
   * @throws AuthenticationException on 401 after one fresh token, or on 403
   */
  TransportResponse send(String what, TransportRequest request) {
    boolean refreshed = false;
    int attempt = 0;
    while (true) {
      attempt++;
      TransportResponse response;
      try {
        response = buffered(transport.send(request.withHeaders(headers(refreshed))));
      } catch (IOException e) {
        waitOrThrow(what, attempt, () -> new NetworkException(what + " failed: " + (e instanceof CutOff
            ? "the answer was cut off (" : "the service could not be reached (") + rootMessage(e) + ")", e));
        continue;
      }
      int status = response.status();
      if (status == 401 && !refreshed && settings.tokens() != null) {
        response.close();
        refreshed = true;
        log.debug("{}: 401, asking for a fresh access token", what);
        continue;
      }
      if (status == 401 || status == 403) {
        response.close();
        throw new AuthenticationException(status, what + " was refused with " + status
            + (status == 401 ? ": the access token is missing, expired or invalid" : ": access denied"));
      }
      if (status == 404) {
        return unlessUnknownTable(what, response);
      }
      if (status == 429 || status >= 500) {
        Optional<Duration> delay = settings.retryPolicy().delayBeforeRetry(attempt, retryAfter(response));
        if (delay.isEmpty()) {
          throw unavailable(what, response);
        }
        response.close();
        log.debug("{}: status {}, retrying in {} ms (attempt {})", what, status, delay.get().toMillis(), attempt);
        sleep(delay.get());
        continue;
      }
      return response;
    }
  }

  /** A body cut off while it was read inside the retry loop. */
  private static final class CutOff extends IOException {
    CutOff(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The answer with its body read, if it is small and of known length; else as it came. */
  private static TransportResponse buffered(TransportResponse response) throws IOException {
    String length = response.header("Content-Length");
    long size;
    try {
      size = length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size < 0 || size > BUFFERED_BYTES) {
      return response;
    }
    try (TransportResponse streamed = response) {
      byte[] body = Bodies.readUpTo(streamed.body(), (int) size);
      if (body.length < size) {
        throw new java.io.EOFException("the body ended after " + body.length + " of " + size + " bytes");
      }
      return response.withBody(body);
    } catch (IOException e) {
      throw new CutOff(e);
    }
  }

  /** A 5xx or 429 the policy no longer retries, with the service's words if it sent any. */
  private static ServiceException unavailable(String what, TransportResponse response) {
    try (response) {
      String problem = Problems.of(response);
      return new ServiceException(response.status(), what + " failed with status " + response.status()
          + " after retries" + (problem == null ? "" : ": " + problem));
    }
  }

  /**
   * A 404 whose problem body says the table (or the whole path) is unknown is a configuration error, not an
   * item that is gone: thrown, so a push stops with the service's own words and nothing is marked failed.
   * Other 404s are returned with their body intact.
   */
  private static TransportResponse unlessUnknownTable(String what, TransportResponse response) {
    byte[] body = Problems.readSome(response);
    response.close();
    String text = new String(body, StandardCharsets.UTF_8);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("no table") || lower.contains("nothing here")) {
      throw new ServiceException(404, what + " failed: the service does not know this table or path; check"
          + " the endpoint and the service's tables. The service said: " + abbreviate(text));
    }
    return response.withBody(body);
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
  }

  private Map<String, String> headers(boolean forceRefresh) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ZUMO-API-VERSION", apiVersion);
    headers.put("Accept", "application/json");
    if (settings.tokens() != null) {
      String token = settings.tokens().accessToken(forceRefresh);
      if (token != null && !token.isEmpty()) {
        boolean bearer = settings.authHeader().equalsIgnoreCase("Authorization");
        headers.put(settings.authHeader(), bearer ? "Bearer " + token : token);
      }
    }
    return headers;
  }

  private void waitOrThrow(String what, int attempt, java.util.function.Supplier<OffsyncException> failure) {
    Optional<Duration> delay = settings.retryPolicy().delayBeforeRetry(attempt, Optional.empty());
    if (delay.isEmpty()) {
      throw failure.get();
    }
    log.debug("{}: network error, retrying in {} ms (attempt {})", what, delay.get().toMillis(), attempt);
    sleep(delay.get());
  }

  private void sleep(Duration delay) {
    try {
      settings.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetworkException("Interrupted while waiting to retry", e);
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date; absent, negative or unreadable values are ignored. */
  static Optional<Duration> retryAfter(TransportResponse response) {
    String value = response.header("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return wait.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** Why a request could not be sent, in words for the common causes, else the innermost cause. */
  private static String rootMessage(Throwable e) {
    // The JDK client wraps an unresolved host in a ConnectException: look at the whole chain first.
    if (hasCause(e, java.net.UnknownHostException.class)
        || hasCause(e, java.nio.channels.UnresolvedAddressException.class)) {
      return "unknown host";
    }
    if (hasCause(e, java.net.SocketTimeoutException.class)) {
      return "no answer in time";
    }
    if (hasCause(e, java.net.ConnectException.class)) {
      return "connection refused";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
