package dev.offsync.server.internal.changes;

import java.util.function.Consumer;

/**
 * Carries change notices from the write that committed them to every change stream: within one server
 * ({@link LocalChangeBus}, for SQLite) or across every server on one database ({@link PostgresChangeBus}).
 */
public interface ChangeBus extends AutoCloseable {

  /** Announces a committed write; called after the commit, never throws. */
  void publish(ChangeNotice notice);

  /**
   * Calls the listener with every notice published from now on (by any server sharing the bus), on the bus's
   * thread: the listener must not block.
   *
   * @return what stops the calls
   */
  AutoCloseable subscribe(Consumer<ChangeNotice> listener);

  /** Stops delivering; notices published afterwards are dropped. */
  @Override
  void close();
}
