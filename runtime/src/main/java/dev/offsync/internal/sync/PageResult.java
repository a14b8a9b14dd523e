package dev.offsync.internal.sync;

import java.util.List;

/**
 * What applying one pulled page did.
 *
 * @param upserted the number of items inserted or replaced
 * @param deleted the number of local rows deleted because the service marked them deleted
 * @param skippedIds ids left alone because they have a pending local operation (invariant 5)
 */
public record PageResult(int upserted, int deleted, List<String> skippedIds) {

  /** Copies the list. */
  public PageResult {
    skippedIds = List.copyOf(skippedIds);
  }
}
