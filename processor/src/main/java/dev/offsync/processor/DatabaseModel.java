package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * Everything the database generator needs to know about one validated {@code @SyncDatabase} interface.
 *
 * @param database the annotated interface
 * @param extendsRuntime whether it extends the runtime's {@code OffsyncDatabase} (its methods get {@code @Override})
 * @param tables the listed tables, in the annotation's order
 * @param accessors the DAO accessor methods, in declaration order
 * @param queries the {@code @Query} methods, in declaration order
 * @param options the client builder's options the database builder passes on, in the client builder's order
 */
record DatabaseModel(ClassName database, boolean extendsRuntime, List<Table> tables, List<Accessor> accessors,
    List<QueryMethodModel> queries, List<BuilderOption> options) {

  DatabaseModel {
    Objects.requireNonNull(database, "database");
    tables = List.copyOf(tables);
    accessors = List.copyOf(accessors);
    queries = List.copyOf(queries);
    options = List.copyOf(options);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException(database + " lists no tables");
    }
  }

  /** {@code OffsyncTodoData}. */
  ClassName implementation() {
    return DaoNames.database(database);
  }

  /**
   * A listed table.
   *
   * @param entity its model type
   * @param field the name of the generated database's field holding its DAO
   */
  record Table(ClassName entity, String field) {

    ClassName dao() {
      return DaoNames.dao(entity);
    }

    ClassName definitionHolder() {
      return DaoNames.table(entity);
    }
  }

  /**
   * An abstract method returning a table's DAO.
   *
   * @param method the method's name
   * @param table the table whose DAO it returns
   */
  record Accessor(String method, Table table) {}
}
