package dev.offsync.internal.http;

import dev.offsync.schema.Decoded;
import java.util.List;

/**
 * Receives a list page's items one by one while the page is parsed, so that a page is never held whole.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface PageSink<T> {

  /** Takes one item; an exception aborts the page. */
  void accept(Decoded<T> item) throws Exception;

  /**
   * Takes one item whose JSON lacked some of the table's synchronized columns (their values in the item are
   * the codec's defaults, not the service's); by default as any other item.
   *
   * @param missingColumns the columns the item's JSON did not name, in column order
   */
  default void acceptPartial(Decoded<T> item, List<String> missingColumns) throws Exception {
    accept(item);
  }
}
