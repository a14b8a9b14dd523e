package dev.offsync.internal.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.errors.OffsyncException;
import dev.offsync.errors.ServiceException;
import dev.offsync.internal.http.TransportResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's end of the service's change feed ({@code GET /tables/$changes}, Server-Sent Events), on one
 * daemon thread {@code offsync-change-feed}: opens the stream, reads notices (table and newest
 * {@code updatedAt}) and hands them to its listener, reconnects with a growing pause (up to the maximum) when
 * the stream cannot be opened or drops (network errors, 408, 429, 502, 503, 504), and gives up for good when
 * the service has no feed (any other status, or a success that is not an event stream). {@link #stop()} ends the thread: it closes the stream and
 * interrupts the read.
 */
final class ChangeFeed {

  static final String THREAD = "offsync-change-feed";
  private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** What the feed reports; called on the feed's thread, so implementations hand work elsewhere. */
  interface Listener {

    /** The stream is open: notices follow, starting with each table's newest time. */
    void connected();

    /** A table changed on the service; its newest {@code updatedAt} is this. */
    void notice(String table, Instant updatedAt);

    /** The service has no change feed: the feed has stopped, and the caller polls instead. */
    void unsupported(String reason);

    /** The stream could not be opened, or dropped; the feed tries again after a pause. */
    void failed(OffsyncException error);
  }

  private final Supplier<TransportResponse> open;
  private final Listener listener;
  private final Duration firstPause;
  private final Duration maxPause;
  private final Thread thread;
  /** The stream being read, closed by {@link #stop()} to end a read in progress. */
  private volatile TransportResponse current;
  private volatile boolean stopped;

  ChangeFeed(Supplier<TransportResponse> open, Listener listener, Duration firstPause, Duration maxPause) {
    this.open = open;
    this.listener = listener;
    this.firstPause = firstPause;
    this.maxPause = maxPause;
    this.thread = new Thread(this::run, THREAD);
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Ends the feed and waits (briefly) for its thread to end. */
  void stop() {
    stopped = true;
    TransportResponse stream = current;
    if (stream != null) {
      stream.close();
    }
    thread.interrupt();
    if (Thread.currentThread() != thread) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    Duration pause = firstPause;
    while (!stopped) {
      try {
        if (!follow()) {
          return;
        }
        pause = firstPause; // it was open: the next drop starts the pauses afresh
      } catch (OffsyncException e) {
        if (stopped) {
          return;
        }
        LOG.debug("Change feed failed, retrying in {}: {}", pause, e.getMessage());
        listener.failed(e);
        if (!sleep(pause)) {
          return;
        }
        Duration doubled = pause.multipliedBy(2);
        pause = doubled.compareTo(maxPause) > 0 ? maxPause : doubled;
      }
    }
  }

  /**
   * Opens the stream and reads it until it ends.
   *
   * @return false when the service has no feed, true when a stream was followed and ended
   * @throws OffsyncException when it could not be opened or dropped
   */
  private boolean follow() {
    try (TransportResponse stream = open.get()) {
      current = stream;
      if (stopped) {
        return false;
      }
      String type = String.valueOf(stream.header("Content-Type")).toLowerCase(Locale.ROOT);
      int status = stream.status();
      if (hasNoFeed(status, type)) {
        LOG.info("The service has no change feed (status {}, {}); auto sync polls instead", status, type);
        listener.unsupported("status " + status);
        return false;
      }
      if (status != 200) {
        throw new ServiceException(status, "GET change feed answered " + status);
      }
      listener.connected();
      read(stream);
      if (!stopped) {
        throw new dev.offsync.errors.NetworkException("The change feed ended", null);
      }
      return true;
    } finally {
      current = null;
    }
  }

  /**
   * Whether an answer says the service has no feed: a success that is not an event stream, or a status other
   * than the transient ones (408, 429, 502, 503, 504), such as the 404 of a service that does not know the path
   * or the 500 of one that fails on it. 401 and 403 never get here (the transport throws them).
   */
  static boolean hasNoFeed(int status, String contentType) {
    if (status / 100 == 2) {
      return !contentType.startsWith("text/event-stream");
    }
    return status != 408 && status != 429 && status != 502 && status != 503 && status != 504;
  }

  /** Reads events until the stream ends; a cut-off is a network failure unless the feed was stopped. */
  private void read(TransportResponse stream) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      StringBuilder data = new StringBuilder();
      for (String line = in.readLine(); line != null && !stopped; line = in.readLine()) {
        if (line.isEmpty()) {
          dispatch(data.toString());
          data.setLength(0);
        } else if (line.startsWith("data:")) {
          data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
        }
        // "event:", "id:", "retry:" and ": comments" (heartbeats) need nothing.
      }
    } catch (IOException e) {
      if (!stopped) {
        throw new dev.offsync.errors.NetworkException("The change feed was cut off (" + e.getMessage() + ")", e);
      }
    }
  }

  private void dispatch(String data) {
    if (data.isEmpty()) {
      return;
    }
    String table = null;
    Instant updatedAt = null;
    try (JsonParser parser = JSON.createParser(data)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("table")) {
          table = parser.getValueAsString();
        } else if (name.equals("updatedAt")) {
          updatedAt = Instant.parse(parser.getValueAsString());
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException | DateTimeParseException | NullPointerException e) {
      LOG.debug("Ignored a change notice that does not parse: {}", e.getMessage());
      return;
    }
    if (table != null && updatedAt != null) {
      listener.notice(table, updatedAt);
    }
  }

  /** Sleeps; false when stopped meanwhile. */
  private boolean sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return !stopped;
    } catch (InterruptedException e) {
      return false;
    }
  }
}
