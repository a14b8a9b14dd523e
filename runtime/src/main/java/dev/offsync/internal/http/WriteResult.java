package dev.offsync.internal.http;

import dev.offsync.schema.Decoded;

/**
 * The service's answer to a write: its status, its copy of the item when it sent one (the stored item on
 * success, the conflicting item on 409/412), and the problem text of other failures.
 *
 * @param status the HTTP status
 * @param item the service's copy, or null
 * @param json the service's copy as the JSON text it sent, or null
 * @param problem the failure's text (problem detail or a summary), or null on success
 * @param <T> the entity type
 */
public record WriteResult<T>(int status, Decoded<T> item, String json, String problem) {

  /** 200, 201 or 204. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** 409 or 412: the service's copy differs from what the write assumed. */
  public boolean isConflict() {
    return status == 409 || status == 412;
  }

  /** 404 or 410: the item does not exist on the service (or was soft-deleted). */
  public boolean isGone() {
    return status == 404 || status == 410;
  }
}
