package dev.offsync.testing.internal.memory;

import dev.offsync.query.And;
import dev.offsync.query.Arithmetic;
import dev.offsync.query.Call;
import dev.offsync.query.ColumnRef;
import dev.offsync.query.Comparison;
import dev.offsync.query.ComparisonOperator;
import dev.offsync.query.Filter;
import dev.offsync.query.In;
import dev.offsync.query.Literal;
import dev.offsync.query.Not;
import dev.offsync.query.Operand;
import dev.offsync.query.Or;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a row matches a {@link Filter}, with the meaning the query language documents and exactly
 * as the SQLite store's SQL evaluates it, so both stores select the same rows: OData's two-valued logic
 * ({@code eq null} tests for null, {@code ne} matches nulls, ordering comparisons never match nulls,
 * {@code not} is the exact complement), values in SQLite's storage form (decimals computed as doubles,
 * booleans as 0/1, instants as epoch milliseconds), case-sensitive code-point string comparison.
 *
 * <p>Each filter node evaluates to true or false: SQL's NULL (unknown) is never true, and the SQL the
 * SQLite store runs only ever asks whether a condition is true, so "not true" is all that matters.
 */
final class FilterEvaluator {

  private final RowLayout layout;
  private final String table;

  /** An evaluator over rows of this layout; {@code table} names the table in messages. */
  FilterEvaluator(RowLayout layout, String table) {
    this.layout = layout;
    this.table = table;
  }

  /** Whether the row matches. */
  boolean matches(Filter<?> filter, Object[] row) {
    if (filter instanceof Comparison<?> comparison) {
      return compare(comparison.operator(), value(comparison.left(), row), value(comparison.right(), row));
    } else if (filter instanceof And<?> and) {
      return and.operands().stream().allMatch(operand -> matches(operand, row));
    } else if (filter instanceof Or<?> or) {
      return or.operands().stream().anyMatch(operand -> matches(operand, row));
    } else if (filter instanceof Not<?> not) {
      return !matches(not.operand(), row);
    } else if (filter instanceof In<?> in) {
      Object value = value(in.operand(), row);
      return value != null && in.values().stream().anyMatch(v -> SqliteValues.equal(value, value(v, row)));
    }
    StringMatch<?> match = (StringMatch<?>) filter;
    Object text = value(match.text(), row);
    Object part = value(match.part(), row);
    return text != null && part != null && SqliteFunctions.matches(match.kind(), (String) text, (String) part);
  }

  private static boolean compare(ComparisonOperator operator, Object left, Object right) {
    return switch (operator) {
      // "=" with a literal, "IS" between expressions: the same wherever the literal is not null.
      case EQ -> left == null ? right == null : right != null && SqliteValues.equal(left, right);
      case NE -> !compare(ComparisonOperator.EQ, left, right);
      case GT -> left != null && right != null && SqliteValues.compare(left, right) > 0;
      case GE -> left != null && right != null && SqliteValues.compare(left, right) >= 0;
      case LT -> left != null && right != null && SqliteValues.compare(left, right) < 0;
      case LE -> left != null && right != null && SqliteValues.compare(left, right) <= 0;
    };
  }

  /** An operand's value in storage form: null, {@code Long}, {@code Double}, {@code String} or {@code byte[]}. */
  Object value(Operand operand, Object[] row) {
    if (operand instanceof ColumnRef column) {
      return column(column, row);
    } else if (operand instanceof Literal literal) {
      return SqliteValues.literal(literal);
    } else if (operand instanceof Arithmetic arithmetic) {
      return SqliteValues.arithmetic(arithmetic.operator(), value(arithmetic.left(), row),
          value(arithmetic.right(), row), integral(arithmetic.left()) && integral(arithmetic.right()));
    }
    Call call = (Call) operand;
    List<Object> arguments = new ArrayList<>(call.arguments().size());
    for (Operand argument : call.arguments()) {
      arguments.add(value(argument, row));
    }
    return arguments.contains(null) ? null
        : SqliteFunctions.call(call.function(), arguments, call.arguments().get(0).type());
  }

  private static boolean integral(Operand operand) {
    return operand.type() == ColumnType.INT || operand.type() == ColumnType.LONG;
  }

  private Object column(ColumnRef column, Object[] row) {
    int index = layout.indexOf(column.name());
    if (index < 0) {
      throw new IllegalArgumentException("Column '" + column.name() + "' is not a column of table '" + table
          + "'");
    }
    Object value = row[index];
    // The SQLite printer reads a decimal column as CAST(... AS REAL).
    return column.type() == ColumnType.DECIMAL ? SqliteValues.real(value) : value;
  }
}
