package dev.offsync.query.internal;

import dev.offsync.query.ArithmeticOperator;
import dev.offsync.query.Call;
import dev.offsync.query.ColumnRef;
import dev.offsync.query.Literal;
import dev.offsync.query.Operand;
import dev.offsync.query.Ordering;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * PostgreSQL SQL over native column types. Strings order with {@code COLLATE "C"} (code points, as SQLite);
 * division and remainder by zero give NULL as in SQLite instead of an error; {@code round} goes through
 * {@code numeric} so halves round away from zero for every type.
 */
public final class PostgresWriter extends SqlWriter {

  @Override
  protected void column(ColumnRef column) {
    identifier(column.name());
  }

  @Override
  protected void literal(Literal literal) {
    Object value = literal.type() == ColumnType.DATETIME
        ? ((Instant) literal.value()).atOffset(ZoneOffset.UTC) : literal.value();
    switch (literal.type()) {
      case DATETIME, DATE, TIME, LOCAL_DATETIME, UUID, DECIMAL -> {
        // An explicit type, so that a parameter inside a function such as EXTRACT is never "unknown".
        sql.append("CAST(");
        parameter(value);
        sql.append(" AS ").append(literal.type().postgresType()).append(')');
      }
      default -> parameter(value);
    }
  }

  @Override
  protected void arithmetic(ArithmeticOperator operator, Operand left, Operand right) {
    switch (operator) {
      case ADD -> infix(left, " + ", right);
      case SUB -> infix(left, " - ", right);
      case MUL -> infix(left, " * ", right);
      case DIV -> {
        sql.append('(');
        operand(left);
        sql.append(" / NULLIF(");
        operand(right);
        sql.append(", 0))");
      }
      case MOD -> mod(left, right);
    }
  }

  private void mod(Operand left, Operand right) {
    boolean integral = integral(left, right);
    sql.append("mod(");
    numeric(left, integral);
    sql.append(", NULLIF(");
    numeric(right, integral);
    sql.append(", 0))");
  }

  private void numeric(Operand operand, boolean asIs) {
    if (asIs) {
      operand(operand);
    } else {
      sql.append("CAST(");
      operand(operand);
      sql.append(" AS numeric)");
    }
  }

  @Override
  protected void call(Call call, List<Operand> arguments) {
    Operand first = arguments.get(0);
    switch (call.function()) {
      case TOLOWER -> function("lower", first);
      case TOUPPER -> function("upper", first);
      case TRIM -> {
        function("btrim", first);
        sql.setLength(sql.length() - 1);
        sql.append(", ' ')");
      }
      case LENGTH -> function("char_length", first);
      case INDEXOF -> {
        sql.append('(');
        function("strpos", first, arguments.get(1));
        sql.append(" - 1)");
      }
      case CONCAT -> infix(first, " || ", arguments.get(1));
      case SUBSTRING -> substring(first, arguments);
      case YEAR -> extract("YEAR", first);
      case MONTH -> extract("MONTH", first);
      case DAY -> extract("DAY", first);
      case HOUR -> extract("HOUR", first);
      case MINUTE -> extract("MINUTE", first);
      case SECOND -> extract("SECOND", first);
      case ROUND -> {
        sql.append("round(");
        numeric(first, false);
        sql.append(')');
      }
      case FLOOR -> function("floor", first);
      case CEILING -> function("ceiling", first);
    }
  }

  private void substring(Operand text, List<Operand> arguments) {
    sql.append("substr(");
    operand(text);
    sql.append(", ");
    parameter((Integer) ((Literal) arguments.get(1)).value() + 1);
    if (arguments.size() == 3) {
      sql.append(", ");
      operand(arguments.get(2));
    }
    sql.append(')');
  }

  private void extract(String field, Operand value) {
    sql.append("CAST(FLOOR(EXTRACT(").append(field).append(" FROM ");
    operand(value);
    if (value.type() == ColumnType.DATETIME) {
      sql.append(" AT TIME ZONE 'UTC'");
    }
    sql.append(")) AS integer)");
  }

  @Override
  protected void stringMatch(StringMatch.Kind kind, Operand text, Operand part) {
    switch (kind) {
      case STARTS_WITH -> function("starts_with", text, part);
      case CONTAINS -> {
        sql.append('(');
        function("strpos", text, part);
        sql.append(" > 0)");
      }
      case ENDS_WITH -> {
        sql.append("(right(");
        operand(text);
        sql.append(", char_length(");
        operand(part);
        sql.append(")) = ");
        operand(part);
        sql.append(')');
      }
    }
  }

  @Override
  protected String nullSafeEquals() {
    return " IS NOT DISTINCT FROM ";
  }

  @Override
  protected String nullSafeNotEquals() {
    return " IS DISTINCT FROM ";
  }

  @Override
  protected void stringOrdering() {
    sql.append(" COLLATE \"C\"");
  }

  @Override
  protected void orderTerm(Ordering<?> ordering) {
    identifier(ordering.column());
    if (ordering.type() == ColumnType.STRING) {
      stringOrdering();
    }
    sql.append(ordering.descending() ? " DESC NULLS LAST" : " ASC NULLS FIRST");
  }

  @Override
  protected String limitText(boolean hasTop) {
    return hasTop ? "LIMIT ?" : "";
  }
}
