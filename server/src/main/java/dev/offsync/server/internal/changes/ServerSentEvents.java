package dev.offsync.server.internal.changes;

import dev.offsync.server.internal.http.ResponseStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes one change stream as Server-Sent Events: a comment when it opens, an event {@code change} per changed
 * table ({@code data: {"table":"todoitems","updatedAt":"2026-12-02T09:30:00.123Z"}}), and a comment line as a
 * heartbeat whenever nothing happened for the heartbeat's time. Ends when the connection is closed (the server
 * stops) or the client goes away, and then releases the connection's place.
 */
public final class ServerSentEvents implements ResponseStream {

  /** The media type of the stream. */
  public static final String MEDIA_TYPE = "text/event-stream";

  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final ChangeConnection connection;
  private final Duration heartbeat;

  /** A stream of this connection's notices. */
  public ServerSentEvents(ChangeConnection connection, Duration heartbeat) {
    this.connection = connection;
    this.heartbeat = heartbeat;
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    try {
      write(out, ": offsync change stream\nretry: 2000\n\n");
      for (Map<String, Instant> changes = connection.take(heartbeat); changes != null;
          changes = connection.take(heartbeat)) {
        write(out, changes.isEmpty() ? ": heartbeat\n\n" : events(changes));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      connection.close();
    }
  }

  /** The events of these changes: table names and times, never contents. */
  static String events(Map<String, Instant> changes) {
    StringBuilder text = new StringBuilder();
    changes.forEach((table, updatedAt) -> text.append("event: change\ndata: {\"table\":\"").append(table)
        .append("\",\"updatedAt\":\"").append(MILLIS.format(updatedAt)).append("\"}\n\n"));
    return text.toString();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
