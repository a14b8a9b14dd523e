package dev.offsync.server.internal.changes;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's open change streams over its change bus: at most {@code maxStreams} at a time, each sent a
 * heartbeat every {@code heartbeat}; closing ends them all (so a stopping server does not wait on them) and
 * the bus.
 */
public final class ChangeStreams implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeStreams.class);

  private final ChangeBus bus;
  private final Duration heartbeat;
  private final int maxStreams;
  private final Set<ChangeConnection> open = ConcurrentHashMap.newKeySet();
  private final AutoCloseable subscription;
  /** Guarded by this, with the admission of new streams. */
  private boolean closed;

  /** Streams over this bus, which they own from now on. */
  public ChangeStreams(ChangeBus bus, Duration heartbeat, int maxStreams) {
    this.bus = bus;
    this.heartbeat = heartbeat;
    this.maxStreams = maxStreams;
    this.subscription = bus.subscribe(notice -> open.forEach(connection -> connection.offer(notice)));
  }

  /** The pause between heartbeats. */
  public Duration heartbeat() {
    return heartbeat;
  }

  /** The most streams open at once. */
  public int maxStreams() {
    return maxStreams;
  }

  /** Announces a committed write to every stream that may hear of it, on every server sharing the bus. */
  public void publish(ChangeNotice notice) {
    bus.publish(notice);
  }

  /**
   * Opens a stream over these tables.
   *
   * @param scopes each table followed, to the owner a row must have to be heard of (null for every row)
   * @return the stream, or empty when {@code maxStreams} are open or the server is stopping
   */
  public synchronized Optional<ChangeConnection> open(Map<String, String> scopes) {
    if (closed || open.size() >= maxStreams) {
      return Optional.empty();
    }
    ChangeConnection[] self = new ChangeConnection[1];
    self[0] = new ChangeConnection(scopes, () -> open.remove(self[0]));
    open.add(self[0]);
    return Optional.of(self[0]);
  }

  /** The number of streams open now. */
  public int openCount() {
    return open.size();
  }

  /** Ends every stream and stops the bus. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    open.forEach(ChangeConnection::close);
    try {
      subscription.close();
    } catch (Exception e) {
      LOG.debug("Unsubscribing from the change bus failed", e);
    }
    bus.close();
  }
}
