package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OData {@code $filter} text with named parameters ({@code complete eq false and dueDate le :day}), parsed
 * once and bound to values many times. Values become typed literals in the filter tree, never text, so a value
 * cannot change the filter's meaning.
 *
 * <p>The processor parses each {@code @Query} filter with this class at compile time, to report a wrong column,
 * parameter or type at the annotation; generated code parses the same text at run time and binds the method's
 * arguments. A parameter stands where an operand can stand: a comparison side, a function argument or an
 * arithmetic term. A collection parameter (a {@code Collection} or array of values) stands alone in an
 * {@code in} list, {@code id in (:ids)}, and is bound to one literal per element; an empty collection matches
 * nothing. Immutable and thread-safe.
 */
public final class FilterTemplate {

  /** Parameters become pseudo-columns named {@code __name}: names starting with {@code __} are never columns. */
  private static final String PREFIX = "__";

  private final Filter<Object> filter;
  private final Map<String, ColumnType> parameters;
  private final Set<String> collections;

  private FilterTemplate(Filter<Object> filter, Map<String, ColumnType> parameters, Set<String> collections) {
    this.filter = filter;
    this.parameters = parameters;
    this.collections = collections;
  }

  /**
   * Parses {@code text} for a table with these columns (system columns included) and these parameter types.
   *
   * @throws ODataSyntaxException for a syntax error, an unknown column or parameter, or a type mismatch, with its
   *     position in {@code text}
   */
  public static FilterTemplate parse(String text, Map<String, ColumnType> columns,
      Map<String, ColumnType> parameterTypes) {
    return parse(text, columns, parameterTypes, Set.of());
  }

  /**
   * Parses {@code text} as {@link #parse(String, Map, Map)} does, with {@code collections} naming the parameters
   * that hold several values of their type, each of which may stand only as the whole list of an {@code in}:
   * {@code id in (:ids)}.
   *
   * @throws ODataSyntaxException as {@link #parse(String, Map, Map)} does, and for a collection parameter
   *     anywhere else than alone in an {@code in} list
   */
  public static FilterTemplate parse(String text, Map<String, ColumnType> columns,
      Map<String, ColumnType> parameterTypes, Set<String> collections) {
    Objects.requireNonNull(text, "text");
    Substitution substitution = Substitution.of(text, parameterTypes.keySet(), collections);
    Map<String, ColumnType> all = new LinkedHashMap<>(columns);
    Map<String, ColumnType> used = new LinkedHashMap<>();
    for (String name : substitution.names()) {
      all.put(PREFIX + name, parameterTypes.get(name));
      used.put(name, parameterTypes.get(name));
    }
    Set<String> usedCollections = new LinkedHashSet<>(collections);
    usedCollections.retainAll(used.keySet());
    try {
      return new FilterTemplate(ODataParser.forColumns(all).parseFilter(substitution.text()), Map.copyOf(used),
          Set.copyOf(usedCollections));
    } catch (ODataSyntaxException e) {
      String reason = e.reason();
      String collection = substitution.inLists().get(e.position());
      if (collection != null) {
        reason = reason.replace(" using 'eq'", " in the list of values :" + collection);
      }
      for (String name : substitution.names()) {
        reason = reason.replace(PREFIX + name, ":" + name);
      }
      throw new ODataSyntaxException(reason, substitution.originalPosition(e.position()));
    }
  }

  /** The names of the parameters the text uses. */
  public Set<String> parameterNames() {
    return parameters.keySet();
  }

  /**
   * The filter with each parameter replaced by its value (null for a null literal of the parameter's type), and
   * each collection parameter by its elements.
   *
   * @throws IllegalArgumentException if a parameter has no value, a value does not fit its type or operator, or a
   *     collection parameter's value is null, not a {@code Collection} or array, or holds null
   */
  public Filter<Object> bind(Map<String, ?> values) {
    for (String name : parameters.keySet()) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("No value for the filter parameter :" + name);
      }
    }
    return new Binder(values, collections).filter(filter);
  }

  /** Rebuilds the tree with literals in place of the parameters' pseudo-columns. */
  private record Binder(Map<String, ?> values, Set<String> collections) {

    Filter<Object> filter(Filter<?> node) {
      if (node instanceof Comparison<?> c) {
        if (c.right() instanceof ColumnRef column && isCollection(column)) {
          return in(operand(c.left()), column);
        }
        return new Comparison<>(c.operator(), operand(c.left()), operand(c.right()));
      }
      if (node instanceof In<?> in) {
        return new In<>(operand(in.operand()), in.values());
      }
      if (node instanceof StringMatch<?> m) {
        return new StringMatch<>(m.kind(), operand(m.text()), operand(m.part()));
      }
      if (node instanceof And<?> and) {
        return new And<>(and.operands().stream().<Filter<? super Object>>map(this::filter).toList());
      }
      if (node instanceof Or<?> or) {
        return new Or<>(or.operands().stream().<Filter<? super Object>>map(this::filter).toList());
      }
      return new Not<>(filter(((Not<?>) node).operand()));
    }

    Operand operand(Operand node) {
      if (node instanceof ColumnRef column && column.name().startsWith(PREFIX)) {
        return literal(column.type(), values.get(name(column)));
      }
      if (node instanceof Call call) {
        return new Call(call.function(), call.arguments().stream().map(this::operand).toList());
      }
      if (node instanceof Arithmetic a) {
        return new Arithmetic(a.operator(), operand(a.left()), operand(a.right()));
      }
      return node;
    }

    private boolean isCollection(ColumnRef column) {
      return column.name().startsWith(PREFIX) && collections.contains(name(column));
    }

    /** {@code operand in (v1, v2, ...)}; for no values, a filter nothing matches. */
    private Filter<Object> in(Operand operand, ColumnRef parameter) {
      String name = name(parameter);
      List<Literal> literals = new ArrayList<>();
      for (Object element : elements(name, values.get(name))) {
        if (element == null) {
          throw new IllegalArgumentException("The values of the filter parameter :" + name + " hold null: 'in'"
              + " matches no null; test for null with 'eq null'");
        }
        literals.add(literal(parameter.type(), element));
      }
      if (literals.isEmpty()) {
        return new Comparison<>(ComparisonOperator.EQ, Literal.of(ColumnType.BOOLEAN, true),
            Literal.of(ColumnType.BOOLEAN, false));
      }
      return new In<>(operand, literals);
    }

    private static List<?> elements(String name, Object value) {
      if (value instanceof Collection<?> collection) {
        return new ArrayList<>(collection);
      }
      if (value != null && value.getClass().isArray()) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
          elements.add(Array.get(value, i));
        }
        return elements;
      }
      throw new IllegalArgumentException("The filter parameter :" + name + " needs a Collection or an array of"
          + " values, not " + (value == null ? "null" : value.getClass().getName()));
    }

    private static String name(ColumnRef parameter) {
      return parameter.name().substring(PREFIX.length());
    }

    private static Literal literal(ColumnType type, Object value) {
      if (value == null) {
        return Literal.nullOf(type);
      }
      return Literal.of(type, value instanceof Character c ? c.toString() : value);
    }
  }

  /**
   * The text with {@code :name} replaced by {@code __name} outside string literals, and each collection
   * parameter's {@code in (:name)} by {@code eq __name} (the binder turns that comparison back into an
   * {@code in} of the values); {@code origins} maps each position of the new text to one of the original.
   */
  private record Substitution(String text, Set<String> names, List<Integer> origins, int length,
      Map<Integer, String> inLists) {

    private static final Pattern IN_LIST_START = Pattern.compile("(?<![A-Za-z0-9_])in\\s*\\(\\s*$");
    private static final Pattern IN_LIST_END = Pattern.compile("^\\s*\\)");

    static Substitution of(String original, Set<String> declared, Set<String> collections) {
      StringBuilder text = new StringBuilder();
      List<Integer> origins = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      Map<Integer, String> inLists = new HashMap<>();
      boolean quoted = false;
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        quoted ^= c == '\'';
        int end = quoted || c != ':' ? i : identifierEnd(original, i + 1);
        if (end <= i + 1) {
          append(text, origins, String.valueOf(c), i);
          continue;
        }
        String name = original.substring(i + 1, end);
        if (!declared.contains(name)) {
          throw new ODataSyntaxException("Unknown parameter :" + name, i);
        }
        names.add(name);
        if (collections.contains(name)) {
          Matcher start = IN_LIST_START.matcher(text);
          Matcher close = IN_LIST_END.matcher(original.substring(end));
          if (!start.find() || !close.find()) {
            throw new ODataSyntaxException("The collection parameter :" + name + " stands only alone in an 'in'"
                + " list: field in (:" + name + ")", i);
          }
          int keyword = start.start();
          int origin = origins.get(keyword);
          text.setLength(keyword);
          origins.subList(keyword, origins.size()).clear();
          inLists.put(text.length(), name);
          append(text, origins, "eq ", origin);
          append(text, origins, PREFIX + name, i);
          end += close.end();
        } else {
          append(text, origins, PREFIX + name, i);
        }
        i = end - 1;
      }
      return new Substitution(text.toString(), names, origins, original.length(), inLists);
    }

    private static void append(StringBuilder text, List<Integer> origins, String part, int origin) {
      text.append(part);
      for (int k = 0; k < part.length(); k++) {
        origins.add(origin);
      }
    }

    private static int identifierEnd(String text, int start) {
      if (start >= text.length() || !Character.isJavaIdentifierStart(text.charAt(start))) {
        return start;
      }
      int end = start + 1;
      while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
        end++;
      }
      return end;
    }

    /** The position in the original text of a position in the substituted one. */
    int originalPosition(int position) {
      return position < origins.size() ? origins.get(position) : length;
    }
  }
}
