package dev.offsync.internal.http;

import dev.offsync.schema.Decoded;

/**
 * Receives a list page's items one by one while the page is parsed, so that a page is never held whole.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface PageSink<T> {

  /** Takes one item; an exception aborts the page. */
  void accept(Decoded<T> item) throws Exception;
}
