package dev.offsync.query.internal;

import dev.offsync.query.Filter;
import dev.offsync.query.Function;
import dev.offsync.query.Literal;
import dev.offsync.query.Operand;
import dev.offsync.query.ComparisonOperator;
import dev.offsync.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The typing rules of the query tree, shared by the record constructors and the OData parser so that both
 * reject the same trees with the same words. Checks return a problem sentence, or null when all is well.
 */
public final class Types {

  private Types() {}

  /** Whether values of this type are numbers. */
  public static boolean isNumeric(ColumnType type) {
    return switch (type) {
      case INT, LONG, FLOAT, DOUBLE, DECIMAL -> true;
      default -> false;
    };
  }

  /** Whether values of this type are whole numbers. */
  public static boolean isIntegral(ColumnType type) {
    return type == ColumnType.INT || type == ColumnType.LONG;
  }

  /** Whether {@code gt ge lt le} apply to this type. */
  public static boolean isOrderable(ColumnType type) {
    return switch (type) {
      case BOOLEAN, UUID, BYTES, ENUM -> false;
      default -> true;
    };
  }

  /** The type of an arithmetic result: {@code int < long < decimal < float < double}; decimal with float is double. */
  public static ColumnType promote(ColumnType a, ColumnType b) {
    if ((a == ColumnType.DECIMAL && b == ColumnType.FLOAT) || (a == ColumnType.FLOAT && b == ColumnType.DECIMAL)) {
      return ColumnType.DOUBLE;
    }
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(ColumnType type) {
    return switch (type) {
      case INT -> 0;
      case LONG -> 1;
      case DECIMAL -> 2;
      case FLOAT -> 3;
      default -> 4;
    };
  }

  /** Whether two operand types can be tested for equality. */
  public static boolean comparable(ColumnType a, ColumnType b) {
    return a == b || (isNumeric(a) && isNumeric(b)) || (isText(a) && isText(b));
  }

  private static boolean isText(ColumnType type) {
    return type == ColumnType.STRING || type == ColumnType.ENUM;
  }

  /** The lower-case name of a type for messages, for example {@code "datetime"}. */
  public static String describe(ColumnType type) {
    return type.schemaName();
  }

  /** The type's name with its indefinite article, for example {@code "an int"} or {@code "a string"}. */
  public static String article(ColumnType type) {
    String name = describe(type);
    return ("aeio".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /** Checks a comparison; a problem sentence or null. */
  public static String checkComparison(ComparisonOperator operator, Operand left, Operand right) {
    if (isNullLiteral(left) && isNullLiteral(right)) {
      return "Cannot compare null with null: compare a field or expression with null";
    }
    if (!comparable(left.type(), right.type())) {
      return "Cannot compare " + article(left.type()) + " with " + article(right.type()) + " using '"
          + operator.odata() + "'";
    }
    if (operator.isOrdering() && !isOrderable(left.type())) {
      return "'" + operator.odata() + "' does not apply to " + describe(left.type())
          + " values: use eq, ne or in";
    }
    return null;
  }

  /** Checks an {@code in} test; a problem sentence or null. */
  public static String checkIn(Operand operand, List<Literal> values) {
    if (values.isEmpty()) {
      return "'in' needs at least one value";
    }
    if (isNullLiteral(operand)) {
      return "'in' needs a field or expression on its left, not null";
    }
    for (Literal value : values) {
      if (value.isNull()) {
        return "'in' values must not be null: test for null with 'eq null'";
      }
      if (!comparable(operand.type(), value.type())) {
        return "Cannot test " + article(operand.type()) + " for membership among " + describe(value.type())
            + " values";
      }
    }
    return null;
  }

  /** Checks a function call's arguments; a problem sentence or null. */
  public static String checkCall(Function function, List<Operand> arguments) {
    List<Function.Kind> parameters = function.parameters();
    if (arguments.size() < function.minArguments() || arguments.size() > parameters.size()) {
      return "'" + function.odata() + "' takes " + arity(function) + ", not " + arguments.size();
    }
    for (int i = 0; i < arguments.size(); i++) {
      String problem = checkArgument(function, i, parameters.get(i), arguments.get(i));
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String arity(Function function) {
    int max = function.parameters().size();
    int min = function.minArguments();
    String count = min == max ? String.valueOf(min) : min + " or " + max;
    return count + (max == 1 ? " argument" : " arguments");
  }

  private static String checkArgument(Function function, int index, Function.Kind kind, Operand argument) {
    if (isNullLiteral(argument)) {
      return "Argument " + (index + 1) + " of '" + function.odata() + "' must not be null";
    }
    ColumnType type = argument.type();
    boolean ok = switch (kind) {
      case STRING -> type == ColumnType.STRING;
      case NUMBER -> isNumeric(type);
      case INT_LITERAL -> argument instanceof Literal literal && literal.type() == ColumnType.INT
          && (Integer) literal.value() >= 0;
      case DATE_BEARING -> type == ColumnType.DATE || type == ColumnType.DATETIME
          || type == ColumnType.LOCAL_DATETIME;
      case TIME_BEARING -> type == ColumnType.TIME || type == ColumnType.DATETIME
          || type == ColumnType.LOCAL_DATETIME;
      default -> false;
    };
    return ok ? null : "Argument " + (index + 1) + " of '" + function.odata() + "' must be "
        + expected(kind) + ", not " + (kind == Function.Kind.INT_LITERAL ? describeOperand(argument)
        : article(type));
  }

  private static String describeOperand(Operand operand) {
    return operand instanceof Literal literal ? "the " + describe(literal.type()) + " literal " + literal.value()
        : article(operand.type()) + " expression";
  }

  private static String expected(Function.Kind kind) {
    return switch (kind) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case INT_LITERAL -> "a non-negative int literal";
      case DATE_BEARING -> "a date, datetime or localdatetime";
      case TIME_BEARING -> "a time, datetime or localdatetime";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }

  /** Throws unless the operand is a numeric expression other than the null literal. */
  public static void requireNumeric(Operand operand, String operator) {
    requireKind(operand, operator, "a number", isNumericOperand(operand));
  }

  /** Throws unless the operand is a string expression other than the null literal. */
  public static void requireString(Operand operand, String operator) {
    requireKind(operand, operator, "a string", operand != null && operand.type() == ColumnType.STRING);
  }

  private static boolean isNumericOperand(Operand operand) {
    return operand != null && isNumeric(operand.type());
  }

  private static void requireKind(Operand operand, String operator, String expected, boolean ok) {
    if (operand == null) {
      throw new NullPointerException("The operands of '" + operator + "' must not be null");
    }
    if (isNullLiteral(operand)) {
      throw new IllegalArgumentException("The operands of '" + operator + "' must not be the null literal");
    }
    if (!ok) {
      throw new IllegalArgumentException("The operands of '" + operator + "' must be " + expected + ", not "
          + article(operand.type()));
    }
  }

  /** Whether the operand is the null literal. */
  public static boolean isNullLiteral(Operand operand) {
    return operand instanceof Literal literal && literal.isNull();
  }

  /** Flattens nested {@code and}/{@code or} nodes of the same class into one immutable list of two or more. */
  public static <T> List<Filter<? super T>> flatten(List<? extends Filter<? super T>> operands, Class<?> kind,
      String name) {
    List<Filter<? super T>> flat = new ArrayList<>(operands.size() + 2);
    for (Filter<? super T> operand : operands) {
      if (operand == null) {
        throw new NullPointerException("The operands of '" + name + "' must not be null");
      }
      if (kind.isInstance(operand)) {
        flat.addAll(Types.<T>children(operand));
      } else {
        flat.add(operand);
      }
    }
    if (flat.size() < 2) {
      throw new IllegalArgumentException("'" + name + "' needs at least two operands, not " + flat.size());
    }
    return List.copyOf(flat);
  }

  /**
   * The operands of a nested {@code and}/{@code or} of a filter over {@code T}: they fit every {@code T} too,
   * since a nested node's operands fit whatever the node fits (the type argument is a compile-time mark).
   */
  @SuppressWarnings("unchecked")
  private static <T> List<Filter<? super T>> children(Filter<?> filter) {
    List<? extends Filter<?>> operands = filter instanceof dev.offsync.query.And<?> and
        ? and.operands() : ((dev.offsync.query.Or<?>) filter).operands();
    return (List<Filter<? super T>>) (List<?>) operands;
  }
}
