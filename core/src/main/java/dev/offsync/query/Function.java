package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.List;
import java.util.Locale;

/** The value functions of OData {@code $filter}, with the argument kinds each accepts. */
public enum Function {
  /** {@code tolower(s)}: the string in lower case. */
  TOLOWER(Kind.STRING, List.of(Kind.STRING)),
  /** {@code toupper(s)}: the string in upper case. */
  TOUPPER(Kind.STRING, List.of(Kind.STRING)),
  /** {@code trim(s)}: the string without leading and trailing spaces. */
  TRIM(Kind.STRING, List.of(Kind.STRING)),
  /** {@code length(s)}: the number of characters (Unicode code points). */
  LENGTH(Kind.INT, List.of(Kind.STRING)),
  /** {@code indexof(s, part)}: the zero-based index of the first occurrence of {@code part}, or -1. */
  INDEXOF(Kind.INT, List.of(Kind.STRING, Kind.STRING)),
  /** {@code concat(a, b)}: the two strings joined. */
  CONCAT(Kind.STRING, List.of(Kind.STRING, Kind.STRING)),
  /**
   * {@code substring(s, start)} or {@code substring(s, start, length)}: part of the string, zero-based; start and
   * length are non-negative integer literals.
   */
  SUBSTRING(Kind.STRING, List.of(Kind.STRING, Kind.INT_LITERAL, Kind.INT_LITERAL)),
  /** {@code year(d)} of a date or date-time (in UTC for instants). */
  YEAR(Kind.INT, List.of(Kind.DATE_BEARING)),
  /** {@code month(d)}, 1 to 12. */
  MONTH(Kind.INT, List.of(Kind.DATE_BEARING)),
  /** {@code day(d)}, the day of the month. */
  DAY(Kind.INT, List.of(Kind.DATE_BEARING)),
  /** {@code hour(t)} of a time or date-time (in UTC for instants). */
  HOUR(Kind.INT, List.of(Kind.TIME_BEARING)),
  /** {@code minute(t)}. */
  MINUTE(Kind.INT, List.of(Kind.TIME_BEARING)),
  /** {@code second(t)}, whole seconds. */
  SECOND(Kind.INT, List.of(Kind.TIME_BEARING)),
  /** {@code round(n)}: to the nearest integer, halves away from zero; same type as the argument. */
  ROUND(Kind.SAME_NUMBER, List.of(Kind.NUMBER)),
  /** {@code floor(n)}: the largest integer not above; same type as the argument. */
  FLOOR(Kind.SAME_NUMBER, List.of(Kind.NUMBER)),
  /** {@code ceiling(n)}: the smallest integer not below; same type as the argument. */
  CEILING(Kind.SAME_NUMBER, List.of(Kind.NUMBER));

  /** What an argument or a result may be. */
  public enum Kind {
    /** A string expression. */
    STRING,
    /** An {@code int} result. */
    INT,
    /** A non-negative {@code int} literal. */
    INT_LITERAL,
    /** Any numeric expression. */
    NUMBER,
    /** A result of the same numeric type as the first argument. */
    SAME_NUMBER,
    /** A date, date-time or local date-time. */
    DATE_BEARING,
    /** A time, date-time or local date-time. */
    TIME_BEARING
  }

  private final Kind result;
  private final List<Kind> parameters;

  Function(Kind result, List<Kind> parameters) {
    this.result = result;
    this.parameters = parameters;
  }

  /** The OData name, for example {@code "tolower"}. */
  public String odata() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kinds of the parameters; {@link #SUBSTRING}'s third is optional. */
  public List<Kind> parameters() {
    return parameters;
  }

  /** The fewest arguments this function takes. */
  public int minArguments() {
    return this == SUBSTRING ? 2 : parameters.size();
  }

  /** The result type for arguments whose first has the given type. */
  public ColumnType resultType(ColumnType firstArgument) {
    return switch (result) {
      case STRING -> ColumnType.STRING;
      case SAME_NUMBER -> firstArgument;
      default -> ColumnType.INT;
    };
  }

  /** The function with this OData name (lower case), or null. */
  public static Function byName(String odataName) {
    for (Function function : values()) {
      if (function.odata().equals(odataName)) {
        return function;
      }
    }
    return null;
  }
}
