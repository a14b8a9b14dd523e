package dev.offsync.server.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads a change stream's lines on a thread of its own, for tests to wait on one by one. */
final class EventStreamReader implements AutoCloseable {

  /** The line put after the last one when the stream ended. */
  static final String END = "<end of stream>";

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Thread reader;

  private EventStreamReader(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = new Thread(this::read, "test-event-stream");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the stream at {@code endpoint + path} with these headers (name, value, ...). */
  static EventStreamReader open(URI endpoint, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return new EventStreamReader(CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofInputStream()));
  }

  int status() {
    return response.statusCode();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** The next line, or null when none came within the timeout. */
  String next(Duration timeout) throws InterruptedException {
    return lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The next {@code data:} line's JSON, skipping others; null when none came in time or the stream ended. */
  String nextData(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String line = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (line == null || line.equals(END)) {
        return null;
      }
      if (line.startsWith("data: ")) {
        return line.substring("data: ".length());
      }
    }
    return null;
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // closed by the test or cut off: the end either way
    }
    lines.add(END);
  }

  @Override
  public void close() throws Exception {
    response.body().close();
    reader.join(5_000);
  }
}
