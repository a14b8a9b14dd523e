package dev.offsync.internal.generated.dao;

import dev.offsync.LocalQuery;
import dev.offsync.OfflineTable;
import dev.offsync.query.FilterTemplate;
import dev.offsync.query.ODataParser;
import dev.offsync.query.Ordering;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code @Query} method of a generated database, parsed once: the filter with its parameters and the order.
 * Part of the ABI that generated code calls (public for that reason, changed only compatibly); apps do not use
 * it directly. The processor has checked the same texts at compile time, so parsing here does not fail for
 * generated code.
 *
 * @param <T> the model type
 */
public final class QueryMethod<T> {

  private final String[] parameterNames;
  private final FilterTemplate filter;
  private final List<Ordering<Object>> orderBy;

  private QueryMethod(String[] parameterNames, FilterTemplate filter, List<Ordering<Object>> orderBy) {
    this.parameterNames = parameterNames;
    this.filter = filter;
    this.orderBy = orderBy;
  }

  /**
   * Parses a method's texts for a table.
   *
   * @param definition the table
   * @param filter the OData filter with {@code :name} parameters, or empty for every item
   * @param orderBy the OData order, or empty
   * @param parameters the method's parameters in declaration order, each a name and the column type of its value
   * @throws dev.offsync.query.ODataSyntaxException if a text does not fit the table
   */
  public static <T> QueryMethod<T> of(TableDefinition<T> definition, String filter, String orderBy,
      Parameter... parameters) {
    Map<String, ColumnType> columns = columns(definition);
    Map<String, ColumnType> types = new LinkedHashMap<>();
    Set<String> collections = new HashSet<>();
    for (Parameter parameter : parameters) {
      types.put(parameter.name(), parameter.type());
      if (parameter.collection()) {
        collections.add(parameter.name());
      }
    }
    FilterTemplate template = filter.isBlank() ? null : FilterTemplate.parse(filter, columns, types, collections);
    List<Ordering<Object>> order = ODataParser.forColumns(columns).parseOrderBy(orderBy);
    return new QueryMethod<>(types.keySet().toArray(new String[0]), template, order);
  }

  /** A parameter of a query method: its name and the column type its value is compared as. */
  public static Parameter parameter(String name, ColumnType type) {
    return new Parameter(name, type, false);
  }

  /**
   * A collection parameter of a query method, {@code :ids} in {@code id in (:ids)}: its name and the column type
   * of its elements. Its value is a {@code Collection} or an array.
   */
  public static Parameter collection(String name, ColumnType type) {
    return new Parameter(name, type, true);
  }

  /**
   * The query on {@code table} with {@code values} bound to the parameters, in declaration order.
   *
   * @throws IllegalArgumentException if a value does not fit its parameter's type
   */
  public LocalQuery<T> query(OfflineTable<T> table, Object... values) {
    if (values.length != parameterNames.length) {
      throw new IllegalArgumentException("Expected " + parameterNames.length + " values, got " + values.length);
    }
    LocalQuery<T> query = table.query();
    if (filter != null) {
      Map<String, Object> bound = new HashMap<>();
      for (int i = 0; i < values.length; i++) {
        bound.put(parameterNames[i], values[i]);
      }
      query = query.where(filter.bind(bound));
    }
    for (Ordering<Object> ordering : orderBy) {
      query = query.orderBy(ordering);
    }
    return query;
  }

  /** The columns a local filter may name: {@code id}, {@code updatedAt}, {@code version} and the table's columns. */
  private static Map<String, ColumnType> columns(TableDefinition<?> definition) {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    columns.put(SystemProperties.ID, ColumnType.STRING);
    columns.put(SystemProperties.UPDATED_AT, ColumnType.DATETIME);
    columns.put(SystemProperties.VERSION, ColumnType.STRING);
    for (ColumnDefinition column : definition.columns()) {
      columns.put(column.name(), column.type());
    }
    return columns;
  }

  /**
   * A parameter of a query method.
   *
   * @param name the parameter's name, as {@code :name} in the filter
   * @param type the column type of its value, or of each of its values for a collection
   * @param collection whether it holds several values, for an {@code in} list
   */
  public record Parameter(String name, ColumnType type, boolean collection) {

    /** Checks the values. */
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }
}
