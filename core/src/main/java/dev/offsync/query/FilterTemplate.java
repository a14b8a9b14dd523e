package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An OData {@code $filter} text with named parameters ({@code complete eq false and dueDate le :day}), parsed
 * once and bound to values many times. Values become typed literals in the filter tree, never text, so a value
 * cannot change the filter's meaning.
 *
 * <p>The processor parses each {@code @Query} filter with this class at compile time, to report a wrong column,
 * parameter or type at the annotation; generated code parses the same text at run time and binds the method's
 * arguments. A parameter stands where an operand can stand: a comparison side, a function argument or an
 * arithmetic term (not inside an {@code in (...)} list). Immutable and thread-safe.
 */
public final class FilterTemplate {

  /** Parameters become pseudo-columns named {@code __name}: names starting with {@code __} are never columns. */
  private static final String PREFIX = "__";

  private final Filter<Object> filter;
  private final Map<String, ColumnType> parameters;

  private FilterTemplate(Filter<Object> filter, Map<String, ColumnType> parameters) {
    this.filter = filter;
    this.parameters = parameters;
  }

  /**
   * Parses {@code text} for a table with these columns (system columns included) and these parameter types.
   *
   * @throws ODataSyntaxException for a syntax error, an unknown column or parameter, or a type mismatch, with its
   *     position in {@code text}
   */
  public static FilterTemplate parse(String text, Map<String, ColumnType> columns,
      Map<String, ColumnType> parameterTypes) {
    Objects.requireNonNull(text, "text");
    Substitution substitution = Substitution.of(text, parameterTypes.keySet());
    Map<String, ColumnType> all = new LinkedHashMap<>(columns);
    Map<String, ColumnType> used = new LinkedHashMap<>();
    for (String name : substitution.names()) {
      all.put(PREFIX + name, parameterTypes.get(name));
      used.put(name, parameterTypes.get(name));
    }
    try {
      return new FilterTemplate(ODataParser.forColumns(all).parseFilter(substitution.text()), Map.copyOf(used));
    } catch (ODataSyntaxException e) {
      String reason = e.reason();
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
   * The filter with each parameter replaced by its value (null for a null literal of the parameter's type).
   *
   * @throws IllegalArgumentException if a parameter has no value, or a value does not fit its type or operator
   */
  public Filter<Object> bind(Map<String, ?> values) {
    for (String name : parameters.keySet()) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("No value for the filter parameter :" + name);
      }
    }
    return new Binder(values).filter(filter);
  }

  /** Rebuilds the tree with literals in place of the parameters' pseudo-columns. */
  private record Binder(Map<String, ?> values) {

    Filter<Object> filter(Filter<?> node) {
      if (node instanceof Comparison<?> c) {
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
        return literal(column);
      }
      if (node instanceof Call call) {
        return new Call(call.function(), call.arguments().stream().map(this::operand).toList());
      }
      if (node instanceof Arithmetic a) {
        return new Arithmetic(a.operator(), operand(a.left()), operand(a.right()));
      }
      return node;
    }

    private Literal literal(ColumnRef parameter) {
      Object value = values.get(parameter.name().substring(PREFIX.length()));
      if (value == null) {
        return Literal.nullOf(parameter.type());
      }
      return Literal.of(parameter.type(), value instanceof Character c ? c.toString() : value);
    }
  }

  /** The text with {@code :name} replaced by {@code __name}, outside string literals. */
  private record Substitution(String text, Set<String> names, List<Integer> starts) {

    static Substitution of(String original, Set<String> declared) {
      StringBuilder text = new StringBuilder();
      Set<String> names = new LinkedHashSet<>();
      List<Integer> starts = new ArrayList<>();
      boolean quoted = false;
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        quoted ^= c == '\'';
        int end = quoted || c != ':' ? i : identifierEnd(original, i + 1);
        if (end > i + 1) {
          String name = original.substring(i + 1, end);
          if (!declared.contains(name)) {
            throw new ODataSyntaxException("Unknown parameter :" + name, i);
          }
          names.add(name);
          starts.add(text.length());
          text.append(PREFIX).append(name);
          i = end - 1;
        } else {
          text.append(c);
        }
      }
      return new Substitution(text.toString(), names, starts);
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

    /** Each substitution is one character longer than the original {@code :name}. */
    int originalPosition(int position) {
      int shift = 0;
      for (int start : starts) {
        if (start < position) {
          shift++;
        }
      }
      return position - shift;
    }
  }
}
