package dev.offsync.query.internal;

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
import dev.offsync.internal.generated.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Writes query trees as OData v4 text the way the .NET Datasync clients do: every binary expression in
 * parentheses, {@code not(...)}, functions without spaces, {@code x in ('a','b')}, typed literals.
 *
 * <p>In legacy mode it writes the OData v3 forms that Azure Mobile Apps servers (protocol v2) read instead:
 * {@code substringof(part,text)} for {@code contains}, an {@code or} chain of {@code eq} for {@code in},
 * {@code datetimeoffset'…'} for instants, and dates, times, local date-times and UUIDs as quoted text (the form
 * in which those servers store JSON strings, so that they compare as stored). Bytes have no legacy form.
 */
public final class ODataWriter {

  private final StringBuilder out;
  private final boolean legacy;

  private ODataWriter(StringBuilder out, boolean legacy) {
    this.out = out;
    this.legacy = legacy;
  }

  /** The OData text of a filter. */
  public static String filter(Filter<?> filter) {
    StringBuilder out = new StringBuilder(64);
    new ODataWriter(out, false).write(filter);
    return out.toString();
  }

  /**
   * The legacy (OData v3, protocol v2) text of a filter.
   *
   * @throws IllegalArgumentException if the filter compares bytes, which protocol v2 cannot express
   */
  public static String legacyFilter(Filter<?> filter) {
    StringBuilder out = new StringBuilder(64);
    new ODataWriter(out, true).write(filter);
    return out.toString();
  }

  /** The OData text of an operand. */
  public static String operand(Operand operand) {
    StringBuilder out = new StringBuilder(32);
    new ODataWriter(out, false).write(operand);
    return out.toString();
  }

  /** The OData text of a literal. */
  public static String literal(Literal literal) {
    StringBuilder out = new StringBuilder(16);
    new ODataWriter(out, false).writeLiteral(literal);
    return out.toString();
  }

  private void write(Filter<?> filter) {
    if (filter instanceof Comparison<?> comparison) {
      binary(comparison.left(), comparison.operator().odata(), comparison.right());
    } else if (filter instanceof And<?> and) {
      chain(and.operands(), " and ");
    } else if (filter instanceof Or<?> or) {
      chain(or.operands(), " or ");
    } else if (filter instanceof Not<?> not) {
      out.append("not(");
      write(not.operand());
      out.append(')');
    } else if (filter instanceof In<?> in) {
      writeIn(in);
    } else if (legacy && ((StringMatch<?>) filter).kind() == StringMatch.Kind.CONTAINS) {
      StringMatch<?> match = (StringMatch<?>) filter;
      // OData v3 has no contains: substringof takes its arguments the other way round.
      out.append("substringof(");
      write(match.part());
      out.append(',');
      write(match.text());
      out.append(')');
    } else {
      StringMatch<?> match = (StringMatch<?>) filter;
      out.append(match.kind().odata()).append('(');
      write(match.text());
      out.append(',');
      write(match.part());
      out.append(')');
    }
  }

  /** A flattened chain prints as the left-nested binary form the .NET clients write: (((a) and (b)) and (c)). */
  private void chain(List<? extends Filter<?>> operands, String operator) {
    out.append("(".repeat(operands.size() - 1));
    write(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      out.append(operator);
      write(operands.get(i));
      out.append(')');
    }
  }

  private void writeIn(In<?> in) {
    if (legacy) {
      // OData v3 has no in: (x eq a) or (x eq b) means the same, since eq is false on null as in is.
      List<Filter<Object>> alternatives = in.values().stream()
          .<Filter<Object>>map(value -> new Comparison<>(ComparisonOperator.EQ, in.operand(), value))
          .toList();
      chain(alternatives, " or ");
      return;
    }
    write(in.operand());
    out.append(" in (");
    List<Literal> values = in.values();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      writeLiteral(values.get(i));
    }
    out.append(')');
  }

  private void binary(Operand left, String operator, Operand right) {
    out.append('(');
    write(left);
    out.append(' ').append(operator).append(' ');
    write(right);
    out.append(')');
  }

  private void write(Operand operand) {
    if (operand instanceof ColumnRef column) {
      out.append(column.name());
    } else if (operand instanceof Literal literal) {
      writeLiteral(literal);
    } else if (operand instanceof Arithmetic arithmetic) {
      binary(arithmetic.left(), arithmetic.operator().odata(), arithmetic.right());
    } else {
      Call call = (Call) operand;
      out.append(call.function().odata()).append('(');
      for (int i = 0; i < call.arguments().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(call.arguments().get(i));
      }
      out.append(')');
    }
  }

  private void writeLiteral(Literal literal) {
    Object value = literal.value();
    if (value == null) {
      out.append("null");
      return;
    }
    if (legacy && writeLegacyLiteral(literal)) {
      return;
    }
    switch (literal.type()) {
      case STRING, ENUM -> quoted((String) value);
      case BOOLEAN, INT -> out.append(value);
      case LONG -> out.append(value).append('L');
      case FLOAT -> out.append(value).append('f');
      case DOUBLE -> out.append(value);
      case DECIMAL -> out.append(((BigDecimal) value).toPlainString()).append('M');
      case DATETIME -> cast(Values.formatInstant((Instant) value), "Edm.DateTimeOffset");
      case DATE -> cast(Values.formatDate((LocalDate) value), "Edm.Date");
      case TIME -> cast(Values.formatTime((LocalTime) value), "Edm.TimeOfDay");
      case LOCAL_DATETIME -> cast(Values.formatLocalDateTime((LocalDateTime) value), "Edm.DateTime");
      case UUID -> cast(Values.formatUuid((UUID) value), "Edm.Guid");
      case BYTES -> out.append("binary'").append(Base64.getUrlEncoder().encodeToString((byte[]) value))
          .append('\'');
    }
  }

  /** Writes the literal's OData v3 form where it differs from v4; false when it is the same. */
  private boolean writeLegacyLiteral(Literal literal) {
    Object value = literal.value();
    switch (literal.type()) {
      case DATETIME -> out.append("datetimeoffset'").append(Values.formatInstant((Instant) value)).append('\'');
      case LOCAL_DATETIME -> quoted(Values.formatLocalDateTime((LocalDateTime) value));
      case DATE -> quoted(Values.formatDate((LocalDate) value));
      case TIME -> quoted(Values.formatTime((LocalTime) value));
      case UUID -> quoted(Values.formatUuid((UUID) value));
      case BYTES -> throw new IllegalArgumentException("Protocol v2 (OData v3) has no literal for bytes: a filter"
          + " cannot compare a bytes column with a service that speaks protocol v2");
      default -> {
        return false;
      }
    }
    return true;
  }

  private void quoted(String text) {
    out.append('\'');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '\'') {
        out.append('\'');
      }
    }
    out.append('\'');
  }

  private void cast(String text, String edmType) {
    out.append("cast(").append(text).append(',').append(edmType).append(')');
  }
}
