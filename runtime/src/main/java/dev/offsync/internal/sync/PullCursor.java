package dev.offsync.internal.sync;

import dev.offsync.query.Fields;
import dev.offsync.query.Filter;
import dev.offsync.internal.generated.Values;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an incremental pull stands: the {@code (updatedAt, id)} of the last record applied. Stored as the
 * query's delta token, {@code <ISO instant>} or {@code <ISO instant> <id>} (ids never contain spaces).
 *
 * <p>The next request asks for the records after {@code (T, I)} in the order {@code updatedAt, id} (see
 * {@link #after()}): unlike a bare {@code gt T} it loses no record that shares the boundary millisecond, and
 * unlike {@code ge T} alone it cannot loop on a millisecond shared by more than a page (PROTOCOL.md).
 *
 * @param updatedAt the last applied record's {@code updatedAt}, millisecond precision
 * @param id the last applied record's id, or null when only the time is known (a token written by others)
 */
public record PullCursor(Instant updatedAt, String id) implements Comparable<PullCursor> {

  /** Checks the parts. */
  public PullCursor {
    Objects.requireNonNull(updatedAt, "updatedAt");
    updatedAt = Values.truncate(updatedAt);
    if (id != null && (id.isEmpty() || id.indexOf(' ') >= 0)) {
      throw new IllegalArgumentException("A cursor id must be non-empty and contain no space");
    }
  }

  /** Reads a stored delta token. */
  public static PullCursor parse(String token) {
    int space = token.indexOf(' ');
    if (space < 0) {
      return new PullCursor(Values.parseInstant(token), null);
    }
    return new PullCursor(Values.parseInstant(token.substring(0, space)), token.substring(space + 1));
  }

  /** The delta token text. */
  public String token() {
    String time = Values.formatInstant(updatedAt);
    return id == null ? time : time + " " + id;
  }

  /**
   * The filter for the records after this cursor: {@code updatedAt ge T and (updatedAt gt T or id gt I)}. It
   * selects what {@code updatedAt gt T or (updatedAt eq T and id gt I)} selects, but its leading range lets a
   * database serve each page from an index on {@code (updatedAt, id)}; the plain disjunction makes SQLite
   * read and sort every record after the cursor for each page, so a full pull cost O(n²).
   */
  public Filter<Object> after() {
    if (id == null) {
      return Fields.UPDATED_AT.gt(updatedAt);
    }
    return Fields.UPDATED_AT.ge(updatedAt).and(Fields.UPDATED_AT.gt(updatedAt).or(Fields.ID.gt(id)));
  }

  /** Orders by time, then id, a cursor without id first (ids are ASCII by the protocol, so every order agrees). */
  @Override
  public int compareTo(PullCursor other) {
    int byTime = updatedAt.compareTo(other.updatedAt);
    if (byTime != 0) {
      return byTime;
    }
    if (id == null || other.id == null) {
      return id == null ? (other.id == null ? 0 : -1) : 1;
    }
    return id.compareTo(other.id);
  }
}
