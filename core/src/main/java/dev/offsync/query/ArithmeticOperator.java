package dev.offsync.query;

/** The arithmetic operators of OData {@code $filter}. */
public enum ArithmeticOperator {
  /** Addition. */
  ADD("add"),
  /** Subtraction. */
  SUB("sub"),
  /** Multiplication. */
  MUL("mul"),
  /** Division; integer division when both operands are integral; null when dividing by zero. */
  DIV("div"),
  /** Remainder with the sign of the dividend; null when dividing by zero. */
  MOD("mod");

  private final String odata;

  ArithmeticOperator(String odata) {
    this.odata = odata;
  }

  /** The OData keyword, for example {@code "add"}. */
  public String odata() {
    return odata;
  }
}
