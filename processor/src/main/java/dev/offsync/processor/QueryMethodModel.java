package dev.offsync.processor;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * One validated {@code @Query} method of a database.
 *
 * @param method the method's name
 * @param constant the name of the generated constant holding the parsed query
 * @param table the table it reads
 * @param result what it returns
 * @param returnType its declared return type
 * @param parameters its parameters in declaration order
 * @param filter the filter text as written, with {@code :name} parameters ({@code ""} for none)
 * @param orderBy the order text as written ({@code ""} for none)
 * @param varargs whether its last parameter is a varargs array
 */
record QueryMethodModel(String method, String constant, DatabaseModel.Table table, Result result,
    TypeName returnType, List<Parameter> parameters, String filter, String orderBy, boolean varargs) {

  QueryMethodModel {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(result, "result");
    parameters = List.copyOf(parameters);
  }

  /** The return types a query method may have, and the {@code LocalQuery} call producing each. */
  enum Result {
    LIST(".list()"),
    STREAM(".stream()"),
    OPTIONAL(".first()"),
    SINGLE(".first().orElse(null)"),
    COUNT(".count()");

    private final String call;

    Result(String call) {
      this.call = call;
    }

    String call() {
      return call;
    }
  }

  /**
   * A parameter of the method.
   *
   * @param name its name, {@code :name} in the filter
   * @param type its Java type
   * @param columnType the name of the {@code ColumnType} its values are compared as
   * @param collection whether it holds several values (a collection or array), for {@code in (:name)}
   */
  record Parameter(String name, TypeName type, String columnType, boolean collection) {}
}
