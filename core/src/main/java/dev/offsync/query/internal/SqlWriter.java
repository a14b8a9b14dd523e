package dev.offsync.query.internal;

import dev.offsync.query.And;
import dev.offsync.query.Arithmetic;
import dev.offsync.query.ArithmeticOperator;
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
import dev.offsync.query.Ordering;
import dev.offsync.query.Query;
import dev.offsync.query.SqlFragment;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a query tree once, appending SQL text and collecting parameters; the dialects fill in functions,
 * literals and null-safe equality. One instance per printed fragment.
 *
 * <p>Every condition printed is TRUE exactly where the filter holds and FALSE or NULL elsewhere; {@code not}
 * prints as {@code IS NOT TRUE} (or a dialect's equivalent), which turns NULL into a match. Together these give
 * OData's two-valued logic in SQL's three-valued one.
 */
public abstract class SqlWriter {

  /** The SQL text so far. */
  protected final StringBuilder sql = new StringBuilder(96);
  private final List<Object> parameters = new ArrayList<>();

  /** The {@code WHERE} condition for a filter. */
  public final SqlFragment where(Filter<?> filter) {
    write(filter);
    return fragment();
  }

  /** The {@code ORDER BY} terms. */
  public final String orderBy(List<? extends Ordering<?>> orderings) {
    for (int i = 0; i < orderings.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      orderTerm(orderings.get(i));
    }
    return sql.toString();
  }

  /** {@code WHERE}, {@code ORDER BY}, {@code LIMIT} and {@code OFFSET} for a query. */
  public final SqlFragment clauses(Query query) {
    query.filter().ifPresent(filter -> {
      sql.append("WHERE ");
      write(filter);
    });
    if (!query.orderBy().isEmpty()) {
      sql.append(sql.length() == 0 ? "" : " ").append("ORDER BY ");
      orderBy(query.orderBy());
    }
    paging(query);
    return fragment();
  }

  private void paging(Query query) {
    if (query.top().isPresent() || query.skip() > 0) {
      String limit = limitText(query.top().isPresent());
      if (!limit.isEmpty()) {
        sql.append(sql.length() == 0 ? "" : " ").append(limit);
        if (query.top().isPresent()) {
          parameters.add(query.top().getAsInt());
        }
      }
    }
    if (query.skip() > 0) {
      sql.append(sql.length() == 0 ? "" : " ").append("OFFSET ?");
      parameters.add(query.skip());
    }
  }

  private SqlFragment fragment() {
    return new SqlFragment(sql.toString(), parameters);
  }

  private void write(Filter<?> filter) {
    if (filter instanceof Comparison<?> comparison) {
      comparison(comparison.operator(), comparison.left(), comparison.right());
    } else if (filter instanceof And<?> and) {
      chain(and.operands(), " AND ");
    } else if (filter instanceof Or<?> or) {
      chain(or.operands(), " OR ");
    } else if (filter instanceof Not<?> not) {
      sql.append(notOpen());
      write(not.operand());
      sql.append(notClose());
    } else if (filter instanceof In<?> in) {
      in(in);
    } else {
      StringMatch<?> match = (StringMatch<?>) filter;
      stringMatch(match.kind(), match.text(), match.part());
    }
  }

  private void chain(List<? extends Filter<?>> operands, String operator) {
    sql.append('(');
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        sql.append(operator);
      }
      write(operands.get(i));
    }
    sql.append(')');
  }

  private void in(In<?> in) {
    sql.append('(');
    operand(in.operand());
    sql.append(" IN (");
    for (int i = 0; i < in.values().size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      operand(in.values().get(i));
    }
    sql.append("))");
  }

  private void comparison(ComparisonOperator operator, Operand left, Operand right) {
    if (Types.isNullLiteral(left) || Types.isNullLiteral(right)) {
      nullComparison(operator, Types.isNullLiteral(left) ? right : left);
      return;
    }
    sql.append('(');
    operand(left);
    if (operator.isOrdering() && left.type() == ColumnType.STRING) {
      stringOrdering();
    }
    sql.append(comparisonOperator(operator, left instanceof Literal || right instanceof Literal));
    operand(right);
    sql.append(')');
  }

  private void nullComparison(ComparisonOperator operator, Operand other) {
    if (operator.isOrdering()) {
      sql.append("FALSE");
      return;
    }
    sql.append('(');
    operand(other);
    sql.append(operator == ComparisonOperator.EQ ? " IS NULL)" : " IS NOT NULL)");
  }

  private String comparisonOperator(ComparisonOperator operator, boolean withLiteral) {
    return switch (operator) {
      case EQ -> withLiteral ? " = " : nullSafeEquals();
      case NE -> nullSafeNotEquals();
      case GT -> " > ";
      case GE -> " >= ";
      case LT -> " < ";
      case LE -> " <= ";
    };
  }

  /** Appends an operand. */
  protected final void operand(Operand operand) {
    if (operand instanceof ColumnRef column) {
      column(column);
    } else if (operand instanceof Literal literal) {
      literal(literal);
    } else if (operand instanceof Arithmetic arithmetic) {
      arithmetic(arithmetic.operator(), arithmetic.left(), arithmetic.right());
    } else {
      Call call = (Call) operand;
      call(call, call.arguments());
    }
  }

  /** Appends a placeholder and records its value. */
  protected final void parameter(Object value) {
    sql.append('?');
    parameters.add(value);
  }

  /** Appends a double-quoted identifier. */
  protected final void identifier(String name) {
    sql.append('"').append(name.replace("\"", "\"\"")).append('"');
  }

  /** Appends the operands around an infix operator, in parentheses. */
  protected final void infix(Operand left, String operator, Operand right) {
    sql.append('(');
    operand(left);
    sql.append(operator);
    operand(right);
    sql.append(')');
  }

  /** Appends {@code name(arguments...)}. */
  protected final void function(String name, Operand... arguments) {
    sql.append(name).append('(');
    for (int i = 0; i < arguments.length; i++) {
      if (i > 0) {
        sql.append(", ");
      }
      operand(arguments[i]);
    }
    sql.append(')');
  }

  /** Whether both operands are whole numbers. */
  /**
   * What opens a {@code not}: with {@link #notClose()} around a condition, TRUE where it is FALSE or NULL, and
   * FALSE where it is TRUE.
   */
  protected String notOpen() {
    return "(";
  }

  /** What closes a {@code not}; see {@link #notOpen()}. */
  protected String notClose() {
    return " IS NOT TRUE)";
  }

  protected static boolean integral(Operand left, Operand right) {
    return Types.isIntegral(left.type()) && Types.isIntegral(right.type());
  }

  /** Appends a column reference. */
  protected abstract void column(ColumnRef column);

  /** Appends a non-null literal as a parameter in the dialect's storage form. */
  protected abstract void literal(Literal literal);

  /** Appends an arithmetic expression. */
  protected abstract void arithmetic(ArithmeticOperator operator, Operand left, Operand right);

  /** Appends a function call. */
  protected abstract void call(Call call, List<Operand> arguments);

  /** Appends a case-sensitive, wildcard-free substring test. */
  protected abstract void stringMatch(StringMatch.Kind kind, Operand text, Operand part);

  /** The infix operator for equality where null equals null. */
  protected abstract String nullSafeEquals();

  /** The infix operator for inequality where null differs from non-null. */
  protected abstract String nullSafeNotEquals();

  /** Appends what makes a string ordering comparison compare code points, if the dialect needs it. */
  protected abstract void stringOrdering();

  /** Appends one {@code ORDER BY} term. */
  protected abstract void orderTerm(Ordering<?> ordering);

  /** The {@code LIMIT ?} text, or the dialect's "no limit" text when only an offset is given. */
  protected abstract String limitText(boolean hasTop);
}
