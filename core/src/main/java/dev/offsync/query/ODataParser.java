package dev.offsync.query;

import dev.offsync.query.internal.Columns;
import dev.offsync.query.internal.FilterParser;
import dev.offsync.query.internal.ListParser;
import dev.offsync.schema.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parses the OData {@code $filter}, {@code $orderby} and {@code $select} texts that clients send (Offsync's and
 * the .NET Datasync clients) into the same trees the typed query language builds, for one table's columns.
 *
 * <p>Every problem, from an unknown field to input that is too long or nested too deeply, is an
 * {@link ODataSyntaxException} with a position; nothing else is thrown for any input text. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * ODataParser parser = ODataParser.forColumns(Map.of("id", ColumnType.STRING, "title", ColumnType.STRING, ...));
 * Filter<Object> filter = parser.parseFilter("(startswith(title,'a') and (updatedAt gt cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset)))");
 * }</pre>
 */
public final class ODataParser {

  /** The default longest accepted text: 64 KiB characters. */
  public static final int DEFAULT_MAX_LENGTH = 64 * 1024;
  /** The default deepest accepted nesting of parentheses, {@code not}, function calls and operators. */
  public static final int DEFAULT_MAX_DEPTH = 100;

  private final Columns columns;
  private final int maxLength;
  private final int maxDepth;

  private ODataParser(Columns columns, int maxLength, int maxDepth) {
    this.columns = columns;
    this.maxLength = maxLength;
    this.maxDepth = maxDepth;
  }

  /**
   * A parser for a table with these columns (name to type), which should include the system columns
   * {@code id}, {@code updatedAt}, {@code version} and {@code deleted}. Names in the text are matched ignoring
   * case and resolved to the map's spelling.
   *
   * @throws IllegalArgumentException if two names differ only in case
   */
  public static ODataParser forColumns(Map<String, ColumnType> columns) {
    return new ODataParser(new Columns(columns), DEFAULT_MAX_LENGTH, DEFAULT_MAX_DEPTH);
  }

  /** This parser with other limits: the longest text in characters and the deepest nesting, both at least 1. */
  public ODataParser withLimits(int maxLength, int maxDepth) {
    if (maxLength < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("Limits must be at least 1, were " + maxLength + " and " + maxDepth);
    }
    return new ODataParser(columns, maxLength, maxDepth);
  }

  /** The longest accepted text, in characters. */
  public int maxLength() {
    return maxLength;
  }

  /** The deepest accepted nesting. */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Parses a {@code $filter} text (already percent-decoded). The filter fits any table's queries (a
   * {@code Filter<Object>}): its column names were checked against this parser's columns only, so use it with
   * the table those columns describe.
   *
   * @throws ODataSyntaxException naming the problem and its position
   */
  public Filter<Object> parseFilter(String text) {
    checkLength(text, "$filter");
    return FilterParser.parse(text, columns, maxDepth);
  }

  /**
   * Parses an {@code $orderby} text such as {@code title,updatedAt desc}; blank text is no ordering.
   *
   * @throws ODataSyntaxException naming the problem and its position
   */
  public List<Ordering<Object>> parseOrderBy(String text) {
    checkLength(text, "$orderby");
    return ListParser.orderBy(text, columns);
  }

  /**
   * Parses a {@code $select} text such as {@code id,title}, giving the names in the table's spelling; blank text
   * or {@code *} is every column, an empty list.
   *
   * @throws ODataSyntaxException naming the problem and its position
   */
  public List<String> parseSelect(String text) {
    checkLength(text, "$select");
    return ListParser.select(text, columns);
  }

  private void checkLength(String text, String option) {
    Objects.requireNonNull(text, option);
    if (text.length() > maxLength) {
      throw new ODataSyntaxException(option + " is " + text.length() + " characters long; the limit is "
          + maxLength, maxLength);
    }
  }
}
