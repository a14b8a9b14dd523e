package dev.offsync;

import java.util.List;

/**
 * What a pull did.
 *
 * @param table the table pulled
 * @param queryId the query id its delta token is kept under
 * @param fetched items received from the service
 * @param upserted local rows inserted or replaced
 * @param deleted local rows deleted because the service deleted them
 * @param skippedIds ids not overwritten because they have a pending local operation (pushed later, where a
 *     conflict surfaces)
 * @param requests list requests sent
 */
public record PullResult(String table, String queryId, long fetched, long upserted, long deleted,
    List<String> skippedIds, int requests) {

  /** Copies the list. */
  public PullResult {
    skippedIds = List.copyOf(skippedIds);
  }
}
