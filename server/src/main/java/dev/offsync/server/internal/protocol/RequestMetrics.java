package dev.offsync.server.internal.protocol;

/**
 * Where the protocol core reports what it served, without depending on a metrics library. Implementations
 * must be thread-safe and fast: they run on every request.
 */
public interface RequestMetrics {

  /** Reports nothing. */
  RequestMetrics NONE = new RequestMetrics() {
    @Override
    public void request(String table, String operation, int status, long nanos) {}

    @Override
    public void page(String table, int rows) {}
  };

  /**
   * One answered table request.
   *
   * @param table a served table, or {@code -} for a name that is not served (never the caller's text)
   * @param operation {@code query}, {@code read}, {@code create}, {@code update}, {@code delete} or
   *     {@code other}
   * @param status the answer's HTTP status
   * @param nanos how long it took to answer
   */
  void request(String table, String operation, int status, long nanos);

  /** One list page served, with its number of items. */
  void page(String table, int rows);
}
