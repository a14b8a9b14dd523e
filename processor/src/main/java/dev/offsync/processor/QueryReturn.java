package dev.offsync.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What a {@code @Query} method returns and so which table it reads: {@code List<T>}, {@code Stream<T>},
 * {@code Optional<T>} or {@code T} for a listed model {@code T}, or {@code long} with {@code @Query(table = T.class)}.
 *
 * @param result the kind of result
 * @param table the table read
 */
record QueryReturn(QueryMethodModel.Result result, ListedTable table) {

  private static final Map<String, QueryMethodModel.Result> CONTAINERS = Map.of(
      "java.util.List", QueryMethodModel.Result.LIST,
      "java.util.stream.Stream", QueryMethodModel.Result.STREAM,
      "java.util.Optional", QueryMethodModel.Result.OPTIONAL);

  /** The method's result, or empty if its return type is none of the allowed ones. */
  static Optional<QueryReturn> of(ExecutableElement method, ScannedDatabase database) {
    TypeMirror type = method.getReturnType();
    if (type.getKind() == TypeKind.LONG) {
      return named(method, database).map(table -> new QueryReturn(QueryMethodModel.Result.COUNT, table));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    QueryMethodModel.Result container = CONTAINERS.get(TypeMapper.qualifiedName(type));
    if (container != null && declared.getTypeArguments().size() == 1) {
      return Optional.ofNullable(database.table(TypeMapper.qualifiedName(declared.getTypeArguments().get(0))))
          .map(table -> new QueryReturn(container, table));
    }
    return Optional.ofNullable(database.table(TypeMapper.qualifiedName(type)))
        .map(table -> new QueryReturn(QueryMethodModel.Result.SINGLE, table));
  }

  /** The table named by {@code @Query(table = ...)}, if it is a listed one. */
  static Optional<ListedTable> named(ExecutableElement method, ScannedDatabase database) {
    return Annotations.find(method, TypeNames.QUERY_ANNOTATION)
        .flatMap(query -> Annotations.explicitValue(query, "table"))
        .filter(value -> value.getValue() instanceof TypeMirror)
        .map(value -> database.table(TypeMapper.qualifiedName((TypeMirror) value.getValue())));
  }

  /** The {@code @Query} annotation of a method known to have one. */
  static AnnotationMirror annotation(ExecutableElement method) {
    return Annotations.find(method, TypeNames.QUERY_ANNOTATION).orElseThrow();
  }
}
