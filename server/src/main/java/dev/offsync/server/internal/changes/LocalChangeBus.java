package dev.offsync.server.internal.changes;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change bus of one server: notices go straight to the listeners, on the publishing thread. Enough where
 * only one server writes the database (SQLite); the listeners only file the notice and return.
 */
public final class LocalChangeBus implements ChangeBus {

  private static final Logger LOG = LoggerFactory.getLogger(LocalChangeBus.class);

  private final Set<Consumer<ChangeNotice>> listeners = new CopyOnWriteArraySet<>();
  private volatile boolean closed;

  @Override
  public void publish(ChangeNotice notice) {
    if (closed) {
      return;
    }
    for (Consumer<ChangeNotice> listener : listeners) {
      try {
        listener.accept(notice);
      } catch (RuntimeException e) {
        LOG.warn("A change listener failed on a notice of table '{}'", notice.table(), e);
      }
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<ChangeNotice> listener) {
    Consumer<ChangeNotice> unique = listener::accept; // a distinct element even if the same listener comes twice
    listeners.add(unique);
    return () -> listeners.remove(unique);
  }

  @Override
  public void close() {
    closed = true;
    listeners.clear();
  }
}
