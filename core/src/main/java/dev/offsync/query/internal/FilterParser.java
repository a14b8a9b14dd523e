package dev.offsync.query.internal;

import dev.offsync.query.And;
import dev.offsync.query.Arithmetic;
import dev.offsync.query.ArithmeticOperator;
import dev.offsync.query.Call;
import dev.offsync.query.ColumnRef;
import dev.offsync.query.Comparison;
import dev.offsync.query.ComparisonOperator;
import dev.offsync.query.Filter;
import dev.offsync.query.Function;
import dev.offsync.query.In;
import dev.offsync.query.Literal;
import dev.offsync.query.Not;
import dev.offsync.query.ODataSyntaxException;
import dev.offsync.query.Operand;
import dev.offsync.query.Or;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.ColumnType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A recursive-descent parser for OData {@code $filter} text. Precedence, loosest first: {@code or}, {@code and},
 * {@code not}, comparisons and {@code in}, {@code add}/{@code sub}, {@code mul}/{@code div}/{@code mod}.
 *
 * <p>Recursion happens only on {@code (}, {@code not} and function calls, and each of these counts against the
 * depth limit before recursing; arithmetic chains are loops whose tree depth is counted too. So no input can
 * overflow the stack of the parser or of the printers that later walk the tree.
 */
public final class FilterParser {

  /** Stands for the {@code null} literal until the other side of its comparison gives it a type. */
  private static final Object NULL = new Object();

  /** A parsed sub-expression: a Filter, an Operand or NULL, with its tree depth and start. */
  private record Node(Object value, int depth, int position) {}

  private final Columns columns;
  private final int maxDepth;
  private final Tokenizer tokens;
  private int nesting;

  private FilterParser(String input, Columns columns, int maxDepth) {
    this.columns = columns;
    this.maxDepth = maxDepth;
    this.tokens = new Tokenizer(input);
  }

  /** Parses a whole {@code $filter} text. */
  public static Filter<Object> parse(String input, Columns columns, int maxDepth) {
    FilterParser parser = new FilterParser(input, columns, maxDepth);
    try {
      Node node = parser.or();
      Token end = parser.tokens.next();
      if (end.kind() != Token.Kind.END) {
        throw parser.unexpected(end, end.kind() == Token.Kind.CLOSE ? "the end (unbalanced ')')" : "the end");
      }
      return parser.filter(node);
    } catch (ODataSyntaxException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ODataSyntaxException(String.valueOf(e.getMessage()), parser.tokens.offset());
    }
  }

  private Node or() {
    Node first = and();
    if (!tokens.peek().isKeyword("or")) {
      return first;
    }
    List<Filter<Object>> operands = new ArrayList<>();
    operands.add(filter(first));
    int depth = first.depth();
    while (tokens.peek().isKeyword("or")) {
      tokens.next();
      Node next = and();
      operands.add(filter(next));
      depth = Math.max(depth, next.depth());
    }
    return node(new Or<>(operands), depth + 1, first.position());
  }

  private Node and() {
    Node first = not();
    if (!tokens.peek().isKeyword("and")) {
      return first;
    }
    List<Filter<Object>> operands = new ArrayList<>();
    operands.add(filter(first));
    int depth = first.depth();
    while (tokens.peek().isKeyword("and")) {
      tokens.next();
      Node next = not();
      operands.add(filter(next));
      depth = Math.max(depth, next.depth());
    }
    return node(new And<>(operands), depth + 1, first.position());
  }

  private Node not() {
    if (!tokens.peek().isKeyword("not")) {
      return comparison();
    }
    Token not = tokens.next();
    enter(not);
    Node operand = not();
    nesting--;
    return node(new Not<>(filter(operand)), operand.depth() + 1, not.position());
  }

  private Node comparison() {
    Node left = additive();
    Token token = tokens.peek();
    ComparisonOperator operator = comparisonOperator(token);
    if (operator != null) {
      tokens.next();
      return compare(operator, left, additive(), token);
    }
    if (token.isKeyword("in")) {
      tokens.next();
      return in(left, token);
    }
    return left;
  }

  private Node additive() {
    Node left = multiplicative();
    ArithmeticOperator operator;
    while ((operator = arithmeticOperator(tokens.peek(), true)) != null) {
      Token token = tokens.next();
      left = arithmetic(operator, left, multiplicative(), token);
    }
    return left;
  }

  private Node multiplicative() {
    Node left = primary();
    ArithmeticOperator operator;
    while ((operator = arithmeticOperator(tokens.peek(), false)) != null) {
      Token token = tokens.next();
      left = arithmetic(operator, left, primary(), token);
    }
    return left;
  }

  private Node primary() {
    Token token = tokens.next();
    return switch (token.kind()) {
      case OPEN -> group(token);
      case STRING -> new Node(Literal.of(ColumnType.STRING, token.text()), 1, token.position());
      case BARE_LITERAL -> new Node(LiteralParser.bare(token), 1, token.position());
      case PREFIXED -> new Node(LiteralParser.prefixed(token), 1, token.position());
      case IDENTIFIER -> identifier(token);
      default -> throw unexpected(token, "a field, a literal, a function call or '('");
    };
  }

  private Node group(Token open) {
    enter(open);
    Node inner = or();
    Token close = tokens.next();
    if (close.kind() != Token.Kind.CLOSE) {
      throw unexpected(close, "')' to close the '(' at position " + open.position());
    }
    nesting--;
    return new Node(inner.value(), inner.depth(), open.position());
  }

  private Node identifier(Token token) {
    if (tokens.peek().kind() == Token.Kind.OPEN) {
      return function(token);
    }
    String name = token.text().toLowerCase(Locale.ROOT);
    switch (name) {
      case "true", "false" -> {
        return new Node(Literal.of(ColumnType.BOOLEAN, name.equals("true")), 1, token.position());
      }
      case "null" -> {
        return new Node(NULL, 1, token.position());
      }
      default -> {
        ColumnRef column = columns.find(token.text());
        if (column == null) {
          throw new ODataSyntaxException("Unknown field " + token.describe() + "; the fields are "
              + columns.describe(), token.position());
        }
        return new Node(column, 1, token.position());
      }
    }
  }

  private Node function(Token name) {
    tokens.next();
    enter(name);
    String function = name.text().toLowerCase(Locale.ROOT);
    Node result = function.equals("cast") ? cast() : call(name, function, arguments());
    nesting--;
    return result;
  }

  private Node call(Token name, String function, List<Node> arguments) {
    int depth = 0;
    List<Operand> operands = new ArrayList<>(arguments.size());
    for (Node argument : arguments) {
      operands.add(operand(argument));
      depth = Math.max(depth, argument.depth());
    }
    StringMatch.Kind match = matchKind(function);
    if (match != null) {
      return node(stringMatch(name, function, match, operands), depth + 1, name.position());
    }
    Function known = Function.byName(function);
    if (known == null) {
      throw new ODataSyntaxException("Unknown function " + name.describe() + "; the functions are "
          + knownFunctions(), name.position());
    }
    check(Types.checkCall(known, operands), name);
    return node(new Call(known, operands), depth + 1, name.position());
  }

  private Filter<Object> stringMatch(Token name, String function, StringMatch.Kind kind, List<Operand> operands) {
    if (operands.size() != 2) {
      throw new ODataSyntaxException("'" + function + "' takes 2 arguments, not " + operands.size(),
          name.position());
    }
    // substringof(part, text) is the legacy v2 spelling of contains(text, part).
    boolean legacy = function.equals("substringof");
    Operand text = operands.get(legacy ? 1 : 0);
    Operand part = operands.get(legacy ? 0 : 1);
    if (text.type() != ColumnType.STRING || part.type() != ColumnType.STRING) {
      throw new ODataSyntaxException("The arguments of '" + function + "' must be strings, not "
          + Types.describe(operands.get(0).type()) + " and " + Types.describe(operands.get(1).type()),
          name.position());
    }
    return new StringMatch<>(kind, text, part);
  }

  private static StringMatch.Kind matchKind(String function) {
    return switch (function) {
      case "startswith" -> StringMatch.Kind.STARTS_WITH;
      case "endswith" -> StringMatch.Kind.ENDS_WITH;
      case "contains", "substringof" -> StringMatch.Kind.CONTAINS;
      default -> null;
    };
  }

  private static String knownFunctions() {
    StringBuilder names = new StringBuilder("startswith, endswith, contains, substringof, cast");
    for (Function function : Function.values()) {
      names.append(", ").append(function.odata());
    }
    return names.toString();
  }

  private List<Node> arguments() {
    List<Node> arguments = new ArrayList<>(3);
    if (tokens.peek().kind() == Token.Kind.CLOSE) {
      tokens.next();
      return arguments;
    }
    while (true) {
      arguments.add(or());
      Token separator = tokens.next();
      if (separator.kind() == Token.Kind.CLOSE) {
        return arguments;
      }
      if (separator.kind() != Token.Kind.COMMA) {
        throw unexpected(separator, "',' or ')' in the argument list");
      }
    }
  }

  private Node cast() {
    Token value = tokens.raw();
    Token comma = tokens.next();
    if (comma.kind() != Token.Kind.COMMA) {
      throw unexpected(comma, "',' and a type name in cast(value,type)");
    }
    Token type = tokens.next();
    if (type.kind() != Token.Kind.IDENTIFIER) {
      throw unexpected(type, "a type name such as Edm.DateTimeOffset");
    }
    Token close = tokens.next();
    if (close.kind() != Token.Kind.CLOSE) {
      throw unexpected(close, "')' to close cast(");
    }
    Literal literal = value.kind() == Token.Kind.STRING
        ? LiteralParser.cast(new Token(Token.Kind.BARE_LITERAL, value.text(), null, value.position()), type.text(),
            type.position())
        : LiteralParser.cast(value, type.text(), type.position());
    return new Node(literal, 1, value.position());
  }

  private Node compare(ComparisonOperator operator, Node left, Node right, Token token) {
    if (left.value() instanceof Filter<?>) {
      return compareCondition(operator, filter(left), right, token);
    }
    if (right.value() instanceof Filter<?>) {
      throw new ODataSyntaxException("Cannot compare a value with a condition using '" + token.text() + "'",
          token.position());
    }
    if (left.value() == NULL && right.value() == NULL) {
      throw new ODataSyntaxException("Cannot compare null with null: compare a field or expression with null",
          token.position());
    }
    Operand l = left.value() == NULL ? Literal.nullOf(((Operand) right.value()).type()) : (Operand) left.value();
    Operand r = right.value() == NULL ? Literal.nullOf(l.type()) : (Operand) right.value();
    l = coerce(l, r.type());
    r = coerce(r, l.type());
    check(Types.checkComparison(operator, l, r), token);
    return node(new Comparison<>(operator, l, r), Math.max(left.depth(), right.depth()) + 1, left.position());
  }

  /** {@code startswith(a,'b') eq true} and friends: a condition compared with a boolean literal. */
  private Node compareCondition(ComparisonOperator operator, Filter<Object> condition, Node right, Token token) {
    if (!(right.value() instanceof Literal literal) || literal.type() != ColumnType.BOOLEAN || operator.isOrdering()) {
      throw new ODataSyntaxException("A condition can only be compared with true or false using eq or ne",
          token.position());
    }
    boolean positive = (Boolean) literal.value() == (operator == ComparisonOperator.EQ);
    Filter<Object> result = positive ? condition : new Not<>(condition);
    return node(result, right.depth() + 1, right.position());
  }

  private Node in(Node left, Token token) {
    Operand operand = operand(left);
    Token open = tokens.next();
    if (open.kind() != Token.Kind.OPEN) {
      throw unexpected(open, "'(' and a list of values after 'in'");
    }
    List<Literal> values = new ArrayList<>();
    while (true) {
      Node item = primary();
      if (!(item.value() instanceof Literal literal) || literal.isNull()) {
        throw new ODataSyntaxException("'in' lists hold non-null literal values only", item.position());
      }
      values.add((Literal) coerce(literal, operand.type()));
      Token separator = tokens.next();
      if (separator.kind() == Token.Kind.CLOSE) {
        break;
      }
      if (separator.kind() != Token.Kind.COMMA) {
        throw unexpected(separator, "',' or ')' in the 'in' list");
      }
    }
    check(Types.checkIn(operand, values), token);
    return node(new In<>(operand, values), left.depth() + 1, left.position());
  }

  private Node arithmetic(ArithmeticOperator operator, Node left, Node right, Token token) {
    Operand l = operand(left);
    Operand r = operand(right);
    if (!Types.isNumeric(l.type()) || !Types.isNumeric(r.type())) {
      throw new ODataSyntaxException("'" + operator.odata() + "' needs numbers, not " + Types.describe(l.type())
          + " and " + Types.describe(r.type()), token.position());
    }
    return node(new Arithmetic(operator, l, r), Math.max(left.depth(), right.depth()) + 1, token.position());
  }

  /** Gives an untyped literal the type of the other side: an enum name, a GUID string, a local time in UTC. */
  private static Operand coerce(Operand operand, ColumnType target) {
    if (!(operand instanceof Literal literal) || literal.isNull() || literal.type() == target) {
      return operand;
    }
    if (literal.type() == ColumnType.STRING && target == ColumnType.ENUM) {
      return Literal.of(ColumnType.ENUM, literal.value());
    }
    if (literal.type() == ColumnType.STRING && target == ColumnType.UUID) {
      try {
        return Literal.of(ColumnType.UUID, UUID.fromString((String) literal.value()));
      } catch (IllegalArgumentException e) {
        return operand;
      }
    }
    if (literal.type() == ColumnType.LOCAL_DATETIME && target == ColumnType.DATETIME) {
      return Literal.of(ColumnType.DATETIME, ((LocalDateTime) literal.value()).toInstant(ZoneOffset.UTC));
    }
    return operand;
  }

  /** The node's condition; every filter this parser builds fits any table's queries, a {@code Filter<Object>}. */
  @SuppressWarnings("unchecked")
  private Filter<Object> filter(Node node) {
    if (node.value() instanceof Filter<?> filter) {
      return (Filter<Object>) filter;
    }
    if (node.value() instanceof Operand operand && operand.type() == ColumnType.BOOLEAN
        && !(operand instanceof Literal)) {
      return new Comparison<>(ComparisonOperator.EQ, operand, Literal.of(ColumnType.BOOLEAN, true));
    }
    String found = node.value() == NULL ? "null" : node.value() instanceof Literal literal
        ? "the " + Types.describe(literal.type()) + " literal " + ODataWriter.literal(literal)
        : Types.article(((Operand) node.value()).type()) + " value";
    throw new ODataSyntaxException("Expected a condition (a comparison, a boolean field or a function such as"
        + " startswith) but found " + Text.abbreviate(found), node.position());
  }

  private Operand operand(Node node) {
    if (node.value() == NULL) {
      throw new ODataSyntaxException("null can only be compared with eq or ne", node.position());
    }
    if (node.value() instanceof Filter<?>) {
      throw new ODataSyntaxException("Expected a value but found a condition", node.position());
    }
    return (Operand) node.value();
  }

  private Node node(Object value, int depth, int position) {
    if (depth > maxDepth) {
      throw tooDeep(position);
    }
    return new Node(value, depth, position);
  }

  private void enter(Token token) {
    if (++nesting > maxDepth) {
      throw tooDeep(token.position());
    }
  }

  private ODataSyntaxException tooDeep(int position) {
    return new ODataSyntaxException("The filter nests deeper than the limit of " + maxDepth + " levels",
        position);
  }

  private static void check(String problem, Token token) {
    if (problem != null) {
      throw new ODataSyntaxException(problem, token.position());
    }
  }

  private ODataSyntaxException unexpected(Token token, String expected) {
    return new ODataSyntaxException("Expected " + expected + " but found " + token.describe(), token.position());
  }

  private static ComparisonOperator comparisonOperator(Token token) {
    if (token.kind() != Token.Kind.IDENTIFIER) {
      return null;
    }
    for (ComparisonOperator operator : ComparisonOperator.values()) {
      if (token.text().equalsIgnoreCase(operator.odata())) {
        return operator;
      }
    }
    return null;
  }

  private static ArithmeticOperator arithmeticOperator(Token token, boolean additive) {
    if (token.kind() != Token.Kind.IDENTIFIER) {
      return null;
    }
    for (ArithmeticOperator operator : ArithmeticOperator.values()) {
      boolean isAdditive = operator == ArithmeticOperator.ADD || operator == ArithmeticOperator.SUB;
      if (isAdditive == additive && token.text().equalsIgnoreCase(operator.odata())) {
        return operator;
      }
    }
    return null;
  }
}
