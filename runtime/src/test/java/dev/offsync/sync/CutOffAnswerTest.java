package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.HttpEngine;
import dev.offsync.NetworkException;
import dev.offsync.OperationState;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.testing.TagTable;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer whose body is cut off on the way (the connection closes before {@code Content-Length} bytes) is a
 * network failure: the push stops and the operation stays queued to be sent again, whatever the status said.
 */
class CutOffAnswerTest {

  /** The HTTP client under test: the JDK's here, OkHttp in the {@code OverOkHttp} subclass. */
  HttpEngine engine() {
    return HttpEngine.jdk();
  }

  @TempDir
  Path folder;

  /** Short answers are read whole inside the retry loop, long ones streamed: both ways must end the same. */
  private static final int SHORT = 400;
  private static final int LONG = 20_000;

  @Test
  void aShortConflictAnswerCutOffMidBodyStopsThePushAndKeepsTheOperation() throws Exception {
    assertCutOffKeepsTheOperation("409 Conflict", SHORT);
  }

  @Test
  void aShortSuccessAnswerCutOffMidBodyStopsThePushAndKeepsTheOperation() throws Exception {
    assertCutOffKeepsTheOperation("201 Created", SHORT);
  }

  @Test
  void aLongConflictAnswerCutOffMidBodyStopsThePushAndKeepsTheOperation() throws Exception {
    assertCutOffKeepsTheOperation("409 Conflict", LONG);
  }

  @Test
  void aLongSuccessAnswerCutOffMidBodyStopsThePushAndKeepsTheOperation() throws Exception {
    assertCutOffKeepsTheOperation("201 Created", LONG);
  }

  private void assertCutOffKeepsTheOperation(String statusLine, int length) throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> answerCutOff(listener, statusLine, length));
      server.setDaemon(true);
      server.start();
      try (SyncClient client = SyncClient.builder()
          .store(folder.resolve("a.db"))
          .tables(TodoTable.DEFINITION, TagTable.DEFINITION)
          .endpoint(URI.create("http://127.0.0.1:" + listener.getLocalPort()))
          .retryPolicy(RetryPolicy.never())
          .httpEngine(engine())
          .build()) {
        client.table(TodoTable.DEFINITION).insert(Todo.of("t1", "milk"));

        PushResult pushed = client.push();

        assertThat(pushed.failed()).isEmpty();
        assertThat(pushed.stoppedBy()).get().isInstanceOf(NetworkException.class);
        assertThat(client.pendingOperations()).singleElement()
            .satisfies(op -> assertThat(op.state()).isEqualTo(OperationState.ATTEMPTED));
      }
    }
  }

  /**
   * Answers the push's {@code GET /openapi.json} with 404 (no description), then reads the write and answers it
   * with a body shorter than its {@code length}, then closes.
   */
  private static void answerCutOff(ServerSocket listener, String statusLine, int length) {
    for (int connection = 0; connection < 4; connection++) {
      if (answerOne(listener, statusLine, length)) {
        return;
      }
    }
  }

  /** One connection: true once the write got its cut-off answer. */
  private static boolean answerOne(ServerSocket listener, String statusLine, int length) {
    try (Socket socket = listener.accept()) {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      String request = "";
      while (!request.contains("\r\n\r\n") || (!request.startsWith("GET") && !request.contains("}"))) {
        int read = in.read(buffer);
        if (read < 0) {
          break;
        }
        request += new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
      }
      if (request.startsWith("GET")) {
        socket.getOutputStream().write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        return false;
      }
      String body = "{\"id\":\"t1\",\"title\":\"mi";
      socket.getOutputStream().write(("HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n" + body)
          .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return true;
    } catch (IOException e) {
      // The client went away; the test's assertions tell.
      return true;
    }
  }
}
