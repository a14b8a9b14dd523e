package dev.offsync.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A wrk-style closed-loop load generator: {@code connections} threads, each on one kept-alive HTTP/1.1 socket,
 * send the same request again as soon as the previous answer is read in full. Raw sockets rather than an HTTP
 * client, because the generator shares the machine's cores with the server and must cost it as little as
 * possible. Latencies are recorded only inside the measured window, after a warm-up on the same connections.
 */
final class LoadClient {

  private static final int TIMEOUT_MILLIS = 30_000;

  private LoadClient() {}

  /**
   * Runs the load and returns what the measured window saw.
   *
   * @param request the complete request bytes, sent unchanged on every round trip
   * @param expectedStatus the status every answer must have; others count as errors
   */
  static LoadResult run(int port, byte[] request, int expectedStatus, int connections, double warmupSeconds,
      double seconds) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + (long) (warmupSeconds * 1e9);
    long measureTo = measureFrom + (long) (seconds * 1e9);
    List<Worker> workers = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(connections);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int i = 0; i < connections; i++) {
      Worker worker = new Worker(port, request, expectedStatus, measureFrom, measureTo);
      workers.add(worker);
      Thread thread = new Thread(() -> {
        try {
          worker.loop();
        } catch (IOException | RuntimeException e) {
          failure.compareAndSet(null, e);
        } finally {
          done.countDown();
        }
      }, "load-" + i);
      thread.setDaemon(true);
      thread.start();
    }
    // Bounded: every worker stops at measureTo, or after its socket's read timeout past it.
    done.await();
    if (failure.get() != null) {
      throw new IllegalStateException("A load connection failed: " + failure.get(), failure.get());
    }
    LatencyHistogram latencies = new LatencyHistogram();
    long errors = 0;
    for (Worker worker : workers) {
      latencies.addAll(worker.latencies);
      errors += worker.errors;
    }
    return new LoadResult(latencies.count(), errors, seconds, latencies);
  }

  /** One connection's loop. */
  private static final class Worker {
    private final int port;
    private final byte[] request;
    private final int expectedStatus;
    private final long measureFrom;
    private final long measureTo;
    private final LatencyHistogram latencies = new LatencyHistogram();
    private long errors;

    Worker(int port, byte[] request, int expectedStatus, long measureFrom, long measureTo) {
      this.port = port;
      this.request = request;
      this.expectedStatus = expectedStatus;
      this.measureFrom = measureFrom;
      this.measureTo = measureTo;
    }

    void loop() throws IOException {
      try (Socket socket = new Socket()) {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        OutputStream out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        ResponseReader reader = new ResponseReader(in);
        long sent = System.nanoTime();
        while (sent < measureTo) {
          out.write(request);
          out.flush();
          int status = reader.readResponse();
          long received = System.nanoTime();
          if (sent >= measureFrom) {
            latencies.record(received - sent);
            if (status != expectedStatus) {
              errors++;
            }
          }
          if (reader.closes()) {
            throw new IOException("The server closed the connection (status " + status + ")");
          }
          sent = received;
        }
      }
    }
  }

  /** Reads one HTTP/1.1 response at a time: the status, the headers, and the body by length or chunks. */
  static final class ResponseReader {
    private final InputStream in;
    private final byte[] line = new byte[8192];
    private final byte[] skip = new byte[64 * 1024];
    private boolean closes;

    ResponseReader(InputStream in) {
      this.in = in;
    }

    /** Reads one response in full and returns its status. */
    int readResponse() throws IOException {
      String statusLine = readLine();
      if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
        throw new IOException("Not an HTTP response: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      closes = false;
      for (String header = readLine(); !header.isEmpty(); header = readLine()) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim();
        String value = header.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          length = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
          chunked = value.equalsIgnoreCase("chunked");
        } else if (name.equalsIgnoreCase("Connection")) {
          closes = value.equalsIgnoreCase("close");
        }
      }
      if (chunked) {
        readChunks();
      } else if (length > 0) {
        skipFully(length);
      } else if (length < 0 && status != 204 && status != 304) {
        throw new IOException("A response without length on a kept-alive connection");
      }
      return status;
    }

    /** Whether the last response said it closes the connection. */
    boolean closes() {
      return closes;
    }

    private void readChunks() throws IOException {
      while (true) {
        String size = readLine();
        int semicolon = size.indexOf(';');
        long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        if (length == 0) {
          while (!readLine().isEmpty()) {
            // Trailers, if any.
          }
          return;
        }
        skipFully(length);
        readLine();
      }
    }

    private void skipFully(long length) throws IOException {
      long left = length;
      while (left > 0) {
        int read = in.read(skip, 0, (int) Math.min(skip.length, left));
        if (read < 0) {
          throw new IOException("The connection closed inside a body");
        }
        left -= read;
      }
    }

    private String readLine() throws IOException {
      int length = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("The connection closed inside a response");
        }
        if (b == '\n') {
          break;
        }
        if (length == line.length) {
          throw new IOException("A header line longer than " + line.length + " bytes");
        }
        line[length++] = (byte) b;
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
  }
}
