package dev.offsync.query.internal;

import dev.offsync.query.ArithmeticOperator;
import dev.offsync.query.Call;
import dev.offsync.query.ColumnRef;
import dev.offsync.query.Literal;
import dev.offsync.query.Operand;
import dev.offsync.query.Ordering;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * SQLite SQL for Offsync's storage conventions. DECIMAL text is compared and computed as REAL; string
 * functions are SQLite's ({@code lower}/{@code upper} fold ASCII only); date parts come from {@code strftime}
 * in UTC. Needs SQLite 3.35 or later with the math functions (sqlite-jdbc has both).
 */
public final class SqliteWriter extends SqlWriter {

  @Override
  protected void column(ColumnRef column) {
    if (column.type() == ColumnType.DECIMAL) {
      sql.append("CAST(");
      identifier(column.name());
      sql.append(" AS REAL)");
    } else {
      identifier(column.name());
    }
  }

  @Override
  protected void literal(Literal literal) {
    Object value = literal.value();
    switch (literal.type()) {
      case BOOLEAN -> parameter((Boolean) value ? 1 : 0);
      case DECIMAL -> {
        // Both sides go through SQLite's own text-to-REAL conversion, so equal decimals compare equal.
        sql.append("CAST(");
        parameter(((BigDecimal) value).toPlainString());
        sql.append(" AS REAL)");
      }
      case DATETIME -> parameter(((Instant) value).toEpochMilli());
      case DATE -> parameter(Values.formatDate((LocalDate) value));
      case TIME -> parameter(Values.formatTime((LocalTime) value));
      case LOCAL_DATETIME -> parameter(Values.formatLocalDateTime((LocalDateTime) value));
      case UUID -> parameter(Values.formatUuid((UUID) value));
      default -> parameter(value);
    }
  }

  @Override
  protected void arithmetic(ArithmeticOperator operator, Operand left, Operand right) {
    switch (operator) {
      case ADD -> infix(left, " + ", right);
      case SUB -> infix(left, " - ", right);
      case MUL -> infix(left, " * ", right);
      case DIV -> infix(left, " / ", right);
      case MOD -> {
        if (integral(left, right)) {
          infix(left, " % ", right);
        } else {
          function("mod", left, right);
        }
      }
    }
  }

  @Override
  protected void call(Call call, List<Operand> arguments) {
    Operand first = arguments.get(0);
    switch (call.function()) {
      case TOLOWER -> function("lower", first);
      case TOUPPER -> function("upper", first);
      case TRIM -> {
        function("trim", first);
        sql.setLength(sql.length() - 1);
        sql.append(", ' ')");
      }
      case LENGTH -> function("length", first);
      case INDEXOF -> {
        sql.append('(');
        function("instr", first, arguments.get(1));
        sql.append(" - 1)");
      }
      case CONCAT -> infix(first, " || ", arguments.get(1));
      case SUBSTRING -> substring(first, arguments);
      case YEAR -> datePart("%Y", first);
      case MONTH -> datePart("%m", first);
      case DAY -> datePart("%d", first);
      case HOUR -> datePart("%H", first);
      case MINUTE -> datePart("%M", first);
      case SECOND -> datePart("%S", first);
      case ROUND -> function("round", first);
      case FLOOR -> whole(first, " - ", " < ");
      case CEILING -> whole(first, " + ", " > ");
    }
  }

  /**
   * {@code floor} and {@code ceiling} without SQLite's math functions, which Android's SQLite lacks: truncate,
   * then step by one where truncating went the wrong way. An integer is whole already; so is a double of
   * magnitude 2^52 or more (where a cast to INTEGER could also overflow). The result stays REAL.
   */
  private void whole(Operand value, String step, String wrongWay) {
    if (Types.isIntegral(value.type())) {
      sql.append('(');
      operand(value);
      sql.append(')');
      return;
    }
    sql.append("(CASE WHEN abs(");
    operand(value);
    sql.append(") < 4503599627370496 THEN CAST(");
    operand(value);
    sql.append(" AS INTEGER)").append(step).append('(');
    operand(value);
    sql.append(wrongWay).append("CAST(");
    operand(value);
    sql.append(" AS INTEGER)) + 0.0 ELSE ");
    operand(value);
    sql.append(" END)");
  }

  /** Android before API 30 ships SQLite 3.18, which has no {@code IS NOT TRUE} (3.23). */
  @Override
  protected String notOpen() {
    return "(CASE WHEN ";
  }

  @Override
  protected String notClose() {
    return " THEN 0 ELSE 1 END)";
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

  private void datePart(String format, Operand value) {
    sql.append("CAST(strftime('").append(format).append("', ");
    operand(value);
    if (value.type() == ColumnType.DATETIME) {
      sql.append(" / 1000.0, 'unixepoch'");
    }
    sql.append(") AS INTEGER)");
  }

  @Override
  protected void stringMatch(StringMatch.Kind kind, Operand text, Operand part) {
    switch (kind) {
      case STARTS_WITH -> {
        sql.append('(');
        function("instr", text, part);
        sql.append(" = 1)");
      }
      case CONTAINS -> {
        sql.append('(');
        function("instr", text, part);
        sql.append(" > 0)");
      }
      case ENDS_WITH -> endsWith(text, part);
    }
  }

  /** substr(t, length(t) - length(p) + 1) = p: a start below 1 yields a shorter string, never a false match. */
  private void endsWith(Operand text, Operand part) {
    sql.append("(substr(");
    operand(text);
    sql.append(", length(");
    operand(text);
    sql.append(") - length(");
    operand(part);
    sql.append(") + 1) = ");
    operand(part);
    sql.append(')');
  }

  @Override
  protected String nullSafeEquals() {
    return " IS ";
  }

  @Override
  protected String nullSafeNotEquals() {
    return " IS NOT ";
  }

  @Override
  protected void stringOrdering() {
    // SQLite's default BINARY collation already compares UTF-8 bytes, that is code points.
  }

  @Override
  protected void orderTerm(Ordering<?> ordering) {
    column(new ColumnRef(ordering.column(), ordering.type() == null ? ColumnType.STRING : ordering.type()));
    sql.append(ordering.descending() ? " DESC" : " ASC");
  }

  @Override
  protected String limitText(boolean hasTop) {
    return hasTop ? "LIMIT ?" : "LIMIT -1";
  }
}
