package dev.offsync;

import dev.offsync.internal.http.Transport;
import dev.offsync.internal.http.jdk.JdkTransport;
import dev.offsync.internal.http.okhttp.OkHttpTransport;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * The HTTP client that carries a {@link SyncClient}'s requests: the JDK's {@code java.net.http} client, or
 * OkHttp (Android has no {@code java.net.http}). Offsync's protocol headers, access tokens, read timeout,
 * retries and error mapping are the same on both. Choose one with {@link SyncClient.Builder#httpEngine}; by
 * default the client uses the JDK's client where it exists (the JVM) and OkHttp where it does not (Android).
 *
 * <p>Each engine's classes are loaded only when it is chosen: OkHttp is an optional dependency of
 * {@code offsync-runtime} (add {@code com.squareup.okhttp3:okhttp-jvm} to use it on the JVM; {@code offsync-android}
 * brings it), and an app that chooses OkHttp never loads {@code java.net.http}.
 */
public final class HttpEngine {

  /** Makes the transport for the builder's connect timeout, which an application's own client ignores. */
  private final Function<Duration, Transport> transports;
  private final String name;

  private HttpEngine(String name, Function<Duration, Transport> transports) {
    this.name = name;
    this.transports = transports;
  }

  /**
   * The JDK's client, made by Offsync: HTTP/2 over {@code https://} where TLS agrees it (ALPN), else HTTP/1.1;
   * HTTP/1.1 over {@code http://}; the builder's {@code connectTimeout}; no redirects followed. The default on
   * the JVM. For cleartext HTTP/2 (h2c) to a server that speaks it, such as the reference server, pass a client
   * of your own: {@code jdk(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build())} offers the
   * upgrade on each new connection (an HTTP/1.1 server ignores it; see the README on proxies).
   */
  public static HttpEngine jdk() {
    return new HttpEngine("jdk", connectTimeout -> JdkTransport.standard(connectTimeout));
  }

  /**
   * The application's own JDK client: for a proxy, TLS settings, an authenticator or an executor of its own.
   * Its connect timeout and redirect policy apply (the builder's {@code connectTimeout} does not).
   */
  @IgnoreJRERequirement // JVM only: Android has no java.net.http
  public static HttpEngine jdk(java.net.http.HttpClient client) {
    Objects.requireNonNull(client, "client");
    return new HttpEngine("jdk", connectTimeout -> new JdkTransport(client));
  }

  /**
   * OkHttp, with a client made by Offsync: the builder's {@code connectTimeout}, no redirects followed, daemon
   * threads, no per-host limit below a push's parallelism. HTTP/2 over {@code https://} where TLS agrees it
   * (ALPN), HTTP/1.1 over {@code http://}. The default where {@code java.net.http} is missing (Android).
   */
  public static HttpEngine okHttp() {
    return new HttpEngine("okhttp", connectTimeout -> OkHttpTransport.standard(connectTimeout));
  }

  /**
   * The application's own OkHttp client: its interceptors, proxy, TLS settings, certificate pinning, connect
   * timeout and redirect policy apply (the builder's {@code connectTimeout} does not), and it shares its
   * connection pool and threads with the application. Offsync sets only each request's read timeout. Its
   * dispatcher's per-host limit (OkHttp's default is 5) caps how many requests a parallel push sends at once.
   * For cleartext HTTP/2 to a server that speaks it (the reference server does), give it
   * {@code protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE))}; such a client cannot reach an HTTP/1.1 server.
   */
  public static HttpEngine okHttp(okhttp3.OkHttpClient client) {
    Objects.requireNonNull(client, "client");
    return new HttpEngine("okhttp", connectTimeout -> new OkHttpTransport(client));
  }

  /**
   * The JDK's client where the platform has one, else OkHttp if it is on the class path.
   *
   * @throws IllegalStateException when neither is there
   */
  static HttpEngine platformDefault() {
    if (present("java.net.http.HttpClient")) {
      return jdk();
    }
    if (present("okhttp3.OkHttpClient")) {
      return okHttp();
    }
    throw new IllegalStateException("No HTTP client: this platform has no java.net.http (Android?) and"
        + " OkHttp is not on the class path; add com.squareup.okhttp3:okhttp (offsync-android brings it)");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, HttpEngine.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The transport for these settings. */
  Transport transport(Duration connectTimeout) {
    return transports.apply(connectTimeout);
  }

  @Override
  public String toString() {
    return "HttpEngine[" + name + "]";
  }
}
