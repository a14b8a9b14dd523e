package dev.offsync.query;

/**
 * An OData {@code $filter}, {@code $orderby} or {@code $select} text that cannot be parsed or does not fit the
 * table: the message says what is wrong and {@link #position()} where.
 */
public final class ODataSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int position;
  private final String reason;

  /** An error at a zero-based character position of the input. */
  public ODataSyntaxException(String reason, int position) {
    super(reason + " (at position " + position + ")");
    this.reason = reason;
    this.position = position;
  }

  /** The zero-based character position in the input where the problem was found. */
  public int position() {
    return position;
  }

  /** The message without the position. */
  public String reason() {
    return reason;
  }
}
