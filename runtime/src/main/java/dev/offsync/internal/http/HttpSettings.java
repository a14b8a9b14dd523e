package dev.offsync.internal.http;

import dev.offsync.AccessTokenProvider;
import dev.offsync.DatasyncProtocol;
import dev.offsync.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the service.
 *
 * @param endpoint the service's base URI, e.g. {@code http://127.0.0.1:8080}; tables live at {@code /tables/}
 * @param connectTimeout how long to wait for a connection before the request fails as offline
 * @param readTimeout how long to wait for an answer
 * @param tokens the access token provider, or null for none
 * @param authHeader the header that carries the token: {@code Authorization} sends {@code Bearer <token>},
 *     any other name (such as {@code X-ZUMO-AUTH}) sends the bare token
 * @param retryPolicy when to retry network errors, 5xx and 429
 * @param sleeper how to wait between retries (a fake in tests)
 * @param protocol the protocol version to speak
 */
public record HttpSettings(
    URI endpoint,
    Duration connectTimeout,
    Duration readTimeout,
    AccessTokenProvider tokens,
    String authHeader,
    RetryPolicy retryPolicy,
    Sleeper sleeper,
    DatasyncProtocol protocol) {

  /** Checks the settings and normalizes the endpoint to end without a slash. */
  public HttpSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
      throw new IllegalArgumentException("The service endpoint must be an http or https URI: " + endpoint);
    }
    String text = endpoint.toString();
    endpoint = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(authHeader, "authHeader");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(protocol, "protocol");
  }

  /** Defaults for an endpoint: 10 s connect, 60 s read, no token, the default retry policy, protocol v3. */
  public static HttpSettings defaults(URI endpoint) {
    return new HttpSettings(endpoint, Duration.ofSeconds(10), Duration.ofSeconds(60), null, "Authorization",
        RetryPolicy.defaultPolicy(), Sleeper.system(), DatasyncProtocol.V3);
  }

  /** The same settings speaking another protocol version. */
  public HttpSettings withProtocol(DatasyncProtocol version) {
    return new HttpSettings(endpoint, connectTimeout, readTimeout, tokens, authHeader, retryPolicy, sleeper,
        version);
  }

  /** The same settings waiting between retries with another sleeper. */
  public HttpSettings withSleeper(Sleeper retrySleeper) {
    return new HttpSettings(endpoint, connectTimeout, readTimeout, tokens, authHeader, retryPolicy, retrySleeper,
        protocol);
  }

  /** The URI of a table's collection, {@code <endpoint>/tables/<table>}. */
  public URI tableUri(String table) {
    return URI.create(endpoint + "/tables/" + table);
  }
}
