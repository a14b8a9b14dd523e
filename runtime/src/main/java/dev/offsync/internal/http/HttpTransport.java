package dev.offsync.internal.http;

import dev.offsync.AuthenticationException;
import dev.offsync.NetworkException;
import dev.offsync.OffsyncException;
import dev.offsync.ServiceException;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.Retryer;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests through Feign with the protocol's headers, the access token, retries and one 401 refresh.
 *
 * <p>Network errors, 5xx and 429 are retried as the {@link dev.offsync.RetryPolicy} says (honouring
 * {@code Retry-After}); when it gives up, a network error becomes a {@link NetworkException} and a status is
 * returned to the caller. Thread-safe: the Feign proxy and the JDK client are shared.
 */
public final class HttpTransport {

  private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);
  /** How much of a 404's body is read to tell an unknown table from a missing item. */
  private static final int PROBLEM_BYTES = 4096;

  private final HttpSettings settings;
  private final String apiVersion;
  private final Http2Client client;
  private final Request.Options options;
  private final DatasyncApi api;

  /** A transport for these settings, on a JDK client of its own. */
  public HttpTransport(HttpSettings settings) {
    this(settings, null);
  }

  /** A transport for these settings, on the application's JDK client (null: one of its own). */
  public HttpTransport(HttpSettings settings, HttpClient appClient) {
    this.settings = settings;
    this.apiVersion = Protocol.of(settings.protocol()).apiVersion();
    HttpClient jdkClient = appClient != null ? appClient : HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.client = new Http2Client(jdkClient);
    this.options = new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
        settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    this.api = Feign.builder()
        .client(client)
        .options(options)
        .retryer(Retryer.NEVER_RETRY)
        .target(DatasyncApi.class, settings.endpoint().toString());
  }

  /** The settings this transport was made with. */
  public HttpSettings settings() {
    return settings;
  }

  /**
   * Sends one request, retrying as the policy says; the caller owns (and closes) the returned response.
   *
   * @param what a short description for errors and logs, without record contents
   * @param call the request, given the headers to send
   * @throws NetworkException when the service cannot be reached after the retries
   * @throws AuthenticationException on 401 after one fresh token, or on 403
   */
  Response send(String what, Function<Map<String, Object>, Response> call) {
    boolean refreshed = false;
    int attempt = 0;
    while (true) {
      attempt++;
      Response response;
      try {
        response = call.apply(headers(refreshed));
      } catch (UncheckedIOException e) {
        waitOrThrow(what, attempt, Optional.empty(),
            () -> new NetworkException(what + " failed: the service could not be reached (" + rootMessage(e)
                + ")", e));
        continue;
      } catch (FeignException e) {
        // A status with an IOException is an answer whose body was cut off while Feign buffered it.
        boolean cutOff = e.status() > 0 && e.getCause() instanceof IOException;
        if (e.status() > 0 && !cutOff) {
          throw new ServiceException(e.status(), what + " failed with status " + e.status(), e);
        }
        waitOrThrow(what, attempt, Optional.empty(), () -> new NetworkException(what + " failed: "
            + (cutOff ? "the answer was cut off (" : "the service could not be reached (") + rootMessage(e) + ")", e));
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
        Optional<Duration> retryAfter = retryAfter(response);
        Optional<Duration> delay = settings.retryPolicy().delayBeforeRetry(attempt, retryAfter);
        if (delay.isPresent()) {
          response.close();
          log.debug("{}: status {}, retrying in {} ms (attempt {})", what, status, delay.get().toMillis(), attempt);
          sleep(delay.get());
          continue;
        }
      }
      return response;
    }
  }

  /**
   * A 404 whose problem body says the table (or the whole path) is unknown is a configuration error, not an
   * item that is gone: thrown, so a push stops with the service's own words and nothing is marked failed.
   * Other 404s are returned with their body intact.
   */
  private static Response unlessUnknownTable(String what, Response response) {
    byte[] body = readSome(response);
    response.close();
    String text = new String(body, StandardCharsets.UTF_8);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("no table") || lower.contains("nothing here")) {
      throw new ServiceException(404, what + " failed: the service does not know this table or path; check"
          + " the endpoint and the service's tables. The service said: " + abbreviate(text));
    }
    return response.toBuilder().body(body).build();
  }

  private static byte[] readSome(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (java.io.InputStream in = response.body().asInputStream()) {
      return in.readNBytes(PROBLEM_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
  }

  /** The Feign proxy of the protocol's operations. */
  DatasyncApi api() {
    return api;
  }

  /** A GET of exactly this URI, through the same Feign client; network failures are unchecked. */
  Response getExact(URI uri, Map<String, Object> headers) {
    Map<String, Collection<String>> feignHeaders = new LinkedHashMap<>();
    headers.forEach((name, value) -> feignHeaders.put(name, List.of(String.valueOf(value))));
    try {
      return client.execute(Request.create(Request.HttpMethod.GET, uri.toString(), feignHeaders, (byte[]) null,
          StandardCharsets.UTF_8, null), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> headers(boolean forceRefresh) {
    Map<String, Object> headers = new LinkedHashMap<>();
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

  private void waitOrThrow(String what, int attempt, Optional<Duration> retryAfter,
      java.util.function.Supplier<OffsyncException> failure) {
    Optional<Duration> delay = settings.retryPolicy().delayBeforeRetry(attempt, retryAfter);
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
  static Optional<Duration> retryAfter(Response response) {
    String value = header(response, "Retry-After");
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

  /** The first value of a header, matched case-insensitively, or null. */
  static String header(Response response, String name) {
    for (Map.Entry<String, Collection<String>> entry : response.headers().entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().iterator().next();
      }
    }
    return null;
  }

  /** Why a request could not be sent, in words for the common causes, else the innermost cause. */
  private static String rootMessage(Throwable e) {
    // The JDK client wraps an unresolved host in a ConnectException: look at the whole chain first.
    if (hasCause(e, java.net.UnknownHostException.class)
        || hasCause(e, java.nio.channels.UnresolvedAddressException.class)) {
      return "unknown host";
    }
    if (hasCause(e, java.net.http.HttpTimeoutException.class)) {
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
