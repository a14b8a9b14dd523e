package dev.offsync.internal.http.jdk;

import dev.offsync.internal.http.Transport;
import dev.offsync.internal.http.TransportRequest;
import dev.offsync.internal.http.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * The {@link Transport} on the JDK's {@code java.net.http} client. The only place that names that client, so
 * that Android (which has none) leaves this package out. Thread-safe: the JDK client is.
 */
@IgnoreJRERequirement // JVM only: Android has no java.net.http, and chooses OkHttp
public final class JdkTransport implements Transport {

  private final HttpClient client;
  /** Whether {@code http://} requests go in HTTP/1.1 whatever the client's version (the standard client). */
  private final boolean cleartextHttp11;

  /** Sends through this client (the application's: its proxy, TLS, version, connect timeout and redirects apply). */
  public JdkTransport(HttpClient client) {
    this(client, false);
  }

  private JdkTransport(HttpClient client, boolean cleartextHttp11) {
    this.client = Objects.requireNonNull(client, "client");
    this.cleartextHttp11 = cleartextHttp11;
  }

  /**
   * Sends through a client of its own: this connect timeout, no redirects followed; HTTP/2 over
   * {@code https://} where TLS agrees it (ALPN), else HTTP/1.1. Over {@code http://} it stays on HTTP/1.1: the
   * JDK's client would offer {@code Upgrade: h2c} on each new connection, which an intermediary that forwards
   * the header without its {@code Connection} token turns into a 400 from Jetty, and one that reads HTTP/1.1
   * framing cannot carry past the 101 (docs/benchmarks.md, "HTTP/2").
   */
  public static JdkTransport standard(Duration connectTimeout) {
    return new JdkTransport(HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build(), true);
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
    if (cleartextHttp11 && "http".equalsIgnoreCase(request.uri().getScheme())) {
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    request.headers().forEach(builder::header);
    builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    HttpResponse<java.io.InputStream> response;
    try {
      response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      // The seam's callers know the java.io timeout only, as an OkHttp transport would throw it.
      SocketTimeoutException timeout = new SocketTimeoutException("no answer within " + request.timeout());
      timeout.initCause(e);
      throw timeout;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for an answer");
      interrupted.initCause(e);
      throw interrupted;
    }
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new TransportResponse(response.statusCode(), response.headers().map(),
        new EndAwareBody(response.body(), length));
  }
}
