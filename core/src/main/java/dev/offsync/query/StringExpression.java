package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.Objects;

/**
 * A string-valued expression: comparisons by Unicode code point, substring tests and string functions.
 * A null string gives null from every function and false from every test.
 */
public class StringExpression<T> extends ComparableExpression<T, String> {

  StringExpression(Operand operand) {
    super(operand);
  }

  /** True where the value starts with {@code prefix} (case-sensitive, no wildcards). */
  public final Filter<T> startsWith(String prefix) {
    return match(StringMatch.Kind.STARTS_WITH, text(prefix));
  }

  /** True where the value starts with the other expression's value. */
  public final Filter<T> startsWith(StringExpression<? super T> prefix) {
    return match(StringMatch.Kind.STARTS_WITH, prefix.operand());
  }

  /** True where the value ends with {@code suffix} (case-sensitive, no wildcards). */
  public final Filter<T> endsWith(String suffix) {
    return match(StringMatch.Kind.ENDS_WITH, text(suffix));
  }

  /** True where the value ends with the other expression's value. */
  public final Filter<T> endsWith(StringExpression<? super T> suffix) {
    return match(StringMatch.Kind.ENDS_WITH, suffix.operand());
  }

  /** True where the value contains {@code part} (case-sensitive, no wildcards). */
  public final Filter<T> contains(String part) {
    return match(StringMatch.Kind.CONTAINS, text(part));
  }

  /** True where the value contains the other expression's value. */
  public final Filter<T> contains(StringExpression<? super T> part) {
    return match(StringMatch.Kind.CONTAINS, part.operand());
  }

  /** The value in lower case ({@code tolower}); SQLite folds ASCII letters only. */
  public final StringExpression<T> toLower() {
    return call(Function.TOLOWER);
  }

  /** The value in upper case ({@code toupper}); SQLite folds ASCII letters only. */
  public final StringExpression<T> toUpper() {
    return call(Function.TOUPPER);
  }

  /** The value without leading and trailing spaces ({@code trim}). */
  public final StringExpression<T> trim() {
    return call(Function.TRIM);
  }

  /** The number of characters, counted as Unicode code points ({@code length}). */
  public final NumberExpression<T> length() {
    return new NumberExpression<>(Call.of(Function.LENGTH, operand()));
  }

  /** The zero-based index of the first occurrence of {@code part}, or -1 ({@code indexof}). */
  public final NumberExpression<T> indexOf(String part) {
    return new NumberExpression<>(Call.of(Function.INDEXOF, operand(), text(part)));
  }

  /** The zero-based index of the first occurrence of the other expression's value, or -1. */
  public final NumberExpression<T> indexOf(StringExpression<? super T> part) {
    return new NumberExpression<>(Call.of(Function.INDEXOF, operand(), part.operand()));
  }

  /** This value followed by {@code suffix} ({@code concat}). */
  public final StringExpression<T> concat(String suffix) {
    return new StringExpression<>(Call.of(Function.CONCAT, operand(), text(suffix)));
  }

  /** This value followed by the other expression's value. */
  public final StringExpression<T> concat(StringExpression<? super T> suffix) {
    return new StringExpression<>(Call.of(Function.CONCAT, operand(), suffix.operand()));
  }

  /** The characters from zero-based {@code start} to the end ({@code substring}); {@code start >= 0}. */
  public final StringExpression<T> substring(int start) {
    return new StringExpression<>(Call.of(Function.SUBSTRING, operand(), Literal.ofNumber(start)));
  }

  /** At most {@code length} characters from zero-based {@code start}; both non-negative. */
  public final StringExpression<T> substring(int start, int length) {
    return new StringExpression<>(Call.of(Function.SUBSTRING, operand(), Literal.ofNumber(start),
        Literal.ofNumber(length)));
  }

  private Filter<T> match(StringMatch.Kind kind, Operand part) {
    return new StringMatch<>(kind, operand(), part);
  }

  private StringExpression<T> call(Function function) {
    return new StringExpression<>(Call.of(function, operand()));
  }

  private static Literal text(String value) {
    return Literal.of(ColumnType.STRING, Objects.requireNonNull(value, "a string argument must not be null"));
  }
}
