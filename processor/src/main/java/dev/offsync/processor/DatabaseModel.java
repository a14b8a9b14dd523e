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
 * @param daos the {@code @SyncDao} interfaces the accessors return, each implemented once
 * @param options the client builder's options the database builder passes on, in the client builder's order
 */
record DatabaseModel(ClassName database, boolean extendsRuntime, List<Table> tables, List<Accessor> accessors,
    List<QueryMethodModel> queries, List<Dao> daos, List<BuilderOption> options) {

  DatabaseModel {
    Objects.requireNonNull(database, "database");
    tables = List.copyOf(tables);
    accessors = List.copyOf(accessors);
    queries = List.copyOf(queries);
    daos = List.copyOf(daos);
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
   * An abstract method returning a table's DAO or a {@code @SyncDao} interface.
   *
   * @param method the method's name
   * @param returns its return type
   * @param field the generated database's field it returns
   */
  record Accessor(String method, ClassName returns, String field) {}

  /**
   * A {@code @SyncDao} interface, implemented by an inner class of the database.
   *
   * @param type the interface
   * @param implementation the simple name of the inner class
   * @param field the name of the database's field holding the instance
   * @param queries its {@code @Query} methods
   */
  record Dao(ClassName type, String implementation, String field, List<QueryMethodModel> queries) {

    Dao {
      queries = List.copyOf(queries);
    }
  }
}
