package dev.offsync.internal.http.okhttp;

import dev.offsync.internal.http.Transport;
import dev.offsync.internal.http.TransportRequest;
import dev.offsync.internal.http.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The {@link Transport} on OkHttp, for Android (which has no {@code java.net.http}). The only place that names
 * OkHttp, so that JVM applications without it never load it. Thread-safe: OkHttp's client is.
 *
 * <p>As on the JDK's client, the request's timeout bounds the wait for the answer's status and headers, and an
 * interrupted caller stops waiting at once (the call is cancelled). OkHttp applies the timeout as its read
 * timeout, so it also bounds each wait for more of the body; a long-lived stream ({@link #openStream}) goes
 * through a client with no read timeout instead, the request's timeout bounding only the wait for its headers.
 */
public final class OkHttpTransport implements Transport {

  private static final byte[] EMPTY = new byte[0];

  /**
   * OkHttp re-sends a 503 that says {@code Retry-After: 0} once by itself; retries are {@code HttpTransport}'s
   * alone (the same count on every transport), so the header passes OkHttp's retry step under this name.
   */
  private static final String RETRY_AFTER_HIDDEN = "X-Offsync-Retry-After";

  private final OkHttpClient client;
  /** The client for long-lived streams: no read timeout, so a stream silent between heartbeats stays open. */
  private final OkHttpClient streams;
  /** The client with the last request timeout, reused while the timeout stays the same (it always does). */
  private volatile Timed timed;

  private record Timed(Duration timeout, OkHttpClient client) { }

  /** Sends through this client (the application's: its interceptors, proxy, TLS, connect timeout apply). */
  public OkHttpTransport(OkHttpClient client) {
    // A derived client shares the application's connection pool and threads.
    this.client = Objects.requireNonNull(client, "client").newBuilder()
        .addNetworkInterceptor(OkHttpTransport::hideRetryAfter)
        .build();
    this.streams = this.client.newBuilder().readTimeout(Duration.ZERO).build();
  }

  /**
   * A push sends up to 64 requests at once; the change feed holds one more open, and a pull asks for its next
   * page while it applies one. OkHttp's per-host limit (5 by default) must not hold back any of them.
   */
  private static final int MAX_REQUESTS_PER_HOST = 64 + 2;

  /**
   * Sends through a client of its own: this connect timeout, no redirects followed, as many requests to the
   * service at once as a push's highest parallelism asks for, on daemon threads (OkHttp's own would keep a JVM
   * alive for a minute after its last request). HTTP/2 where TLS agrees it (ALPN), else HTTP/1.1: OkHttp speaks
   * cleartext HTTP/2 only with prior knowledge, which an HTTP/1.1 server cannot answer.
   */
  public static OkHttpTransport standard(Duration connectTimeout) {
    AtomicInteger threads = new AtomicInteger();
    Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, "offsync-okhttp-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }));
    dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
    return new OkHttpTransport(new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(connectTimeout)
        .followRedirects(false)
        .followSslRedirects(false)
        .build());
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException {
    return exchange(client(request.timeout()), request, null);
  }

  /** As {@link #send}, but reads of the body have no time limit; the request's timeout bounds the headers. */
  @Override
  public TransportResponse openStream(TransportRequest request) throws IOException {
    return exchange(streams, request, request.timeout());
  }

  private TransportResponse exchange(OkHttpClient through, TransportRequest request, Duration headersWithin)
      throws IOException {
    Call call = through.newCall(okRequest(request));
    CompletableFuture<Response> answer = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        answer.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call done, Response response) {
        answer.complete(response);
      }
    });
    Response response = await(call, answer, headersWithin);
    Map<String, List<String>> headers = new LinkedHashMap<>(response.headers().toMultimap());
    List<String> retryAfter = headers.remove(RETRY_AFTER_HIDDEN.toLowerCase(Locale.ROOT));
    if (retryAfter != null) {
      headers.put("retry-after", retryAfter);
    }
    return new TransportResponse(response.code(), headers, new ZeroLengthReads(response.body().byteStream()));
  }

  private OkHttpClient client(Duration timeout) {
    Timed last = timed;
    if (last == null || !last.timeout().equals(timeout)) {
      last = new Timed(timeout, client.newBuilder().readTimeout(timeout).build());
      timed = last;
    }
    return last.client();
  }

  private static Response hideRetryAfter(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER_HIDDEN, retryAfter).build();
  }

  /**
   * Okio's stream blocks for more data on a read of zero bytes, where {@link InputStream#read(byte[], int, int)}
   * returns 0 at once; the JDK's {@code InputStream.readNBytes} makes such reads, and would wait for the rest
   * of a stream.
   */
  private static final class ZeroLengthReads extends FilterInputStream {
    ZeroLengthReads(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return length == 0 ? 0 : super.read(buffer, offset, length);
    }
  }

  /**
   * Waits for the status and headers (within {@code limit} if given, else OkHttp's read timeout bounds the
   * wait); an interrupt cancels the call, as the JDK's client does.
   */
  private static Response await(Call call, CompletableFuture<Response> answer, Duration limit) throws IOException {
    try {
      return limit == null ? answer.get() : answer.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel();
      answer.thenAccept(Response::close);
      throw new SocketTimeoutException("no answer within " + limit.toMillis() + " ms");
    } catch (InterruptedException e) {
      call.cancel();
      answer.thenAccept(Response::close);   // an answer that still arrives frees its connection
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for an answer");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("the request failed: " + e.getCause(), e.getCause());
    }
  }

  private static Request okRequest(TransportRequest request) {
    Request.Builder builder = new Request.Builder().url(request.uri().toString());
    request.headers().forEach(builder::header);
    // The Content-Type travels in the headers; OkHttp needs a body (maybe empty) for POST, PUT and PATCH.
    byte[] body = request.body();
    boolean needsBody = !request.method().equals("GET") && !request.method().equals("HEAD")
        && !request.method().equals("DELETE");
    builder.method(request.method(), body != null ? RequestBody.create(body, (MediaType) null)
        : needsBody ? RequestBody.create(EMPTY, (MediaType) null) : null);
    return builder.build();
  }
}
