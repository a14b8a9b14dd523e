package dev.offsync.query;

/** The comparison operators of OData {@code $filter}. */
public enum ComparisonOperator {
  /** Equal; {@code null eq null} is true. */
  EQ("eq"),
  /** Not equal: exactly the negation of {@link #EQ}, so a null value is not equal to a non-null one. */
  NE("ne"),
  /** Greater than; false when either side is null. */
  GT("gt"),
  /** Greater than or equal; false when either side is null. */
  GE("ge"),
  /** Less than; false when either side is null. */
  LT("lt"),
  /** Less than or equal; false when either side is null. */
  LE("le");

  private final String odata;

  ComparisonOperator(String odata) {
    this.odata = odata;
  }

  /** The OData keyword, for example {@code "eq"}. */
  public String odata() {
    return odata;
  }

  /** Whether this operator orders values ({@code gt ge lt le}) rather than testing equality. */
  public boolean isOrdering() {
    return this != EQ && this != NE;
  }
}
