package dev.offsync.query;

import dev.offsync.query.internal.ODataWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed value expression: a column or a computation on columns, offering the operations its values support.
 *
 * <p>Every expression tests for null and for equality; subclasses add ordering ({@link ComparableExpression}),
 * string, number and date operations. The operations build immutable {@link Filter} and {@link Operand}
 * trees; the expression itself only wraps its {@link #operand()}.
 *
 * @param <T> the entity (model) type whose columns the expression reads; filters built from it fit only
 *     that entity's queries
 * @param <V> the Java type of the values
 */
public abstract class Expression<T, V> {

  private final Operand operand;

  Expression(Operand operand) {
    this.operand = Objects.requireNonNull(operand, "operand");
  }

  /** The tree node this expression stands for. */
  public final Operand operand() {
    return operand;
  }

  /** True where the value is null. */
  public final Filter<T> isNull() {
    return new Comparison<>(ComparisonOperator.EQ, operand, Literal.nullOf(operand.type()));
  }

  /** True where the value is not null. */
  public final Filter<T> isNotNull() {
    return new Comparison<>(ComparisonOperator.NE, operand, Literal.nullOf(operand.type()));
  }

  /** True where the value equals {@code value}; a null {@code value} tests for null. Strings compare case-sensitively. */
  public final Filter<T> eq(V value) {
    return compare(ComparisonOperator.EQ, value);
  }

  /** True where the value does not equal {@code value}, including where the value is null. */
  public final Filter<T> ne(V value) {
    return compare(ComparisonOperator.NE, value);
  }

  /** True where both values are equal or both are null. */
  public final Filter<T> eq(Expression<? super T, V> other) {
    return compare(ComparisonOperator.EQ, other);
  }

  /** True where the values differ (one null and the other not counts as different). */
  public final Filter<T> ne(Expression<? super T, V> other) {
    return compare(ComparisonOperator.NE, other);
  }

  /**
   * True where the value is not null and equals one of {@code values}.
   *
   * @throws IllegalArgumentException if there are no values or one is null
   */
  @SafeVarargs
  public final Filter<T> in(V... values) {
    return in(Arrays.asList(values));
  }

  /**
   * True where the value is not null and equals one of {@code values}.
   *
   * @throws IllegalArgumentException if there are no values or one is null
   */
  public final Filter<T> in(Collection<? extends V> values) {
    List<Literal> literals = new ArrayList<>(values.size());
    for (V value : values) {
      if (value == null) {
        throw new IllegalArgumentException("'in' values must not be null: test for null with isNull()");
      }
      literals.add(literal(value));
    }
    return new In<>(operand, literals);
  }

  final Filter<T> compare(ComparisonOperator operator, V value) {
    return new Comparison<>(operator, operand, value == null ? Literal.nullOf(operand.type()) : literal(value));
  }

  final Filter<T> compare(ComparisonOperator operator, Expression<? super T, V> other) {
    return new Comparison<>(operator, operand, Objects.requireNonNull(other, "other").operand);
  }

  /** The literal for a non-null value of this expression's type. */
  Literal literal(V value) {
    return Literal.of(operand.type(), value);
  }

  /** Equal when of the same class over an equal tree. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Expression<?, ?> that && that.getClass() == getClass() && operand.equals(that.operand);
  }

  @Override
  public int hashCode() {
    return 31 * getClass().hashCode() + operand.hashCode();
  }

  /** The OData form of the expression. */
  @Override
  public String toString() {
    return ODataWriter.operand(operand);
  }
}
