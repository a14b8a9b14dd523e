package dev.offsync.processor;

import dev.offsync.query.FilterTemplate;
import dev.offsync.query.ODataParser;
import dev.offsync.query.ODataSyntaxException;
import dev.offsync.schema.ColumnType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * Checks a {@code @Query} method: its return type, its parameters' types, and its filter and order, parsed with
 * core's OData parser against the table's columns, each problem reported at the annotation value with its position.
 */
final class QueryValidator {

  private final Reporter reporter;

  QueryValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Checks one method; true if nothing was reported. */
  boolean validate(ExecutableElement method, ScannedDatabase database) {
    int before = reporter.errorCount();
    String name = method.getSimpleName().toString();
    AnnotationMirror query = QueryReturn.annotation(method);
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(Diagnostics.queryGeneric(name), method);
    }
    Optional<QueryReturn> result = checkReturn(method, database, query);
    Map<String, ColumnType> parameters = parameterTypes(method);
    if (result.isPresent() && reporter.errorCount() == before) {
      checkTexts(method, query, result.get().table().columns(), parameters, collections(method));
    }
    return reporter.errorCount() == before;
  }

  private Optional<QueryReturn> checkReturn(ExecutableElement method, ScannedDatabase database,
      AnnotationMirror query) {
    String name = method.getSimpleName().toString();
    Optional<QueryReturn> result = QueryReturn.of(method, database);
    if (result.isEmpty() && method.getReturnType().getKind() == TypeKind.LONG) {
      reporter.error(Diagnostics.countNeedsTable(name), method, query);
    } else if (result.isEmpty()) {
      reporter.error(Diagnostics.queryReturnType(name, method.getReturnType().toString(), models(database)),
          method);
    } else if (result.get().result() != QueryMethodModel.Result.COUNT) {
      QueryReturn.named(method, database).filter(named -> named != result.get().table()).ifPresent(named ->
          reporter.error(Diagnostics.queryTableMismatch(name, result.get().table().qualifiedName(),
              named.qualifiedName()), method, query));
    }
    return result;
  }

  /** The column type of each parameter (of its elements, for a collection); unsupported types are reported. */
  private Map<String, ColumnType> parameterTypes(ExecutableElement method) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      Optional<ValueKind> kind = parameterKind(parameter);
      if (kind.isPresent()) {
        types.put(name, DatabaseScanner.columnType(kind.get()));
      } else {
        reporter.error(Diagnostics.queryParameterType(method.getSimpleName().toString(), name,
            parameter.asType().toString()), parameter);
      }
    }
    return types;
  }

  /** The kind of a parameter's value, or of each of its values for a collection or array (not byte[]). */
  static Optional<ValueKind> parameterKind(VariableElement parameter) {
    Optional<ValueKind> kind = TypeMapper.kindOf(parameter.asType());
    return kind.isPresent() ? kind
        : TypeMapper.collectionElement(parameter.asType()).flatMap(TypeMapper::kindOf);
  }

  /** Whether a parameter holds several values: a collection or array of a column type, for {@code in (:p)}. */
  static boolean isCollection(VariableElement parameter) {
    return TypeMapper.kindOf(parameter.asType()).isEmpty()
        && TypeMapper.collectionElement(parameter.asType()).flatMap(TypeMapper::kindOf).isPresent();
  }

  private static Set<String> collections(ExecutableElement method) {
    Set<String> names = new HashSet<>();
    method.getParameters().stream().filter(QueryValidator::isCollection)
        .forEach(parameter -> names.add(parameter.getSimpleName().toString()));
    return names;
  }

  private void checkTexts(ExecutableElement method, AnnotationMirror query, Map<String, ColumnType> columns,
      Map<String, ColumnType> parameters, Set<String> collections) {
    String filter = text(query, "filter");
    if (!filter.isBlank()) {
      try {
        FilterTemplate template = FilterTemplate.parse(filter, columns, parameters, collections);
        checkUnused(method, template);
      } catch (ODataSyntaxException e) {
        reportText(method, query, "filter", filter, e, columns);
      }
    } else {
      checkUnused(method, null);
    }
    String orderBy = text(query, "orderBy");
    try {
      ODataParser.forColumns(columns).parseOrderBy(orderBy);
    } catch (ODataSyntaxException e) {
      reportText(method, query, "orderBy", orderBy, e, columns);
    }
  }

  private void checkUnused(ExecutableElement method, FilterTemplate template) {
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      if (template == null || !template.parameterNames().contains(name)) {
        reporter.error(Diagnostics.unusedQueryParameter(method.getSimpleName().toString(), name), parameter);
      }
    }
  }

  private void reportText(ExecutableElement method, AnnotationMirror query, String member, String text,
      ODataSyntaxException e, Map<String, ColumnType> columns) {
    AnnotationValue value = Annotations.explicitValue(query, member).orElse(null);
    reporter.error(Diagnostics.invalidQuery(method.getSimpleName().toString(), member, e.reason(), e.position(),
        text, String.join(", ", columns.keySet())), method, query, value);
  }

  static String text(AnnotationMirror query, String member) {
    return Annotations.explicitValue(query, member).map(value -> String.valueOf(value.getValue())).orElse("");
  }

  private static String models(ScannedDatabase database) {
    return String.join(", ", database.tables().stream().filter(ListedTable::syncTable)
        .map(table -> table.type().getSimpleName().toString()).distinct().toList());
  }
}
