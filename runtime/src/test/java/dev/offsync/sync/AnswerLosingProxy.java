package dev.offsync.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy on 127.0.0.1 in front of the reference server that can lose an answer: the request reaches the
 * server and is committed there, and the client gets a 503 in place of the server's answer, as from a gateway
 * whose upstream connection broke. It can also hide the server's description ({@code GET /openapi.json} answered
 * 404 with no body, as by a CommunityToolkit server). Every exchange has its own connections
 * ({@code Connection: close}).
 */
final class AnswerLosingProxy implements AutoCloseable {

  private static final int HEAD_LIMIT = 64 * 1024;

  private final ServerSocket listener;
  private final URI upstream;
  private final AtomicBoolean loseNextWrite = new AtomicBoolean();
  private final AtomicBoolean hideDescription = new AtomicBoolean();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "answer-losing-proxy");
    thread.setDaemon(true);
    return thread;
  });

  AnswerLosingProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** The next POST, PUT or DELETE reaches the server, and its answer is replaced by a 503. */
  void loseNextWriteAnswer() {
    loseNextWrite.set(true);
  }

  /** From now on, {@code GET /openapi.json} is answered 404 with no body, without reaching the server. */
  void hideDescription() {
    hideDescription.set(true);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        threads.execute(() -> exchange(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void exchange(Socket client) {
    try (client; Socket server = new Socket(upstream.getHost(), upstream.getPort())) {
      client.setSoTimeout(20_000);
      server.setSoTimeout(20_000);
      byte[] request = readRequest(client.getInputStream());
      String head = new String(request, StandardCharsets.ISO_8859_1);
      server.getOutputStream().write(request);
      server.getOutputStream().flush();
      byte[] answer = server.getInputStream().readAllBytes();
      boolean write = !head.startsWith("GET ");
      OutputStream out = client.getOutputStream();
      if (hideDescription.get() && head.startsWith("GET /openapi.json ")) {
        out.write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
      } else if (write && loseNextWrite.compareAndSet(true, false)) {
        out.write(("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
      } else {
        out.write(answer);
      }
      out.flush();
    } catch (IOException e) {
      // The client gave up or the server went away: the exchange simply ends.
    }
  }

  /** The request head (with {@code Connection: close} forced) and its body, as bytes to send upstream. */
  private static byte[] readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0 || head.size() > HEAD_LIMIT) {
        throw new SocketException("request head ended early");
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    StringBuilder rewritten = new StringBuilder();
    for (String line : text.substring(0, text.length() - 4).split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
      if (!lower.startsWith("connection:")) {
        rewritten.append(line).append("\r\n");
      }
    }
    rewritten.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
    request.write(in.readNBytes(length));
    return request.toByteArray();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }
}
