package dev.offsync.processor;

import com.palantir.javapoet.ClassName;

/** The names of the types generated for a model and a database, in one place for every generator. */
final class DaoNames {

  private DaoNames() {}

  /** {@code TodoItemTable}, in the entity's package. */
  static ClassName table(ClassName entity) {
    return ClassName.get(entity.packageName(), entity.simpleName() + "Table");
  }

  /** {@code TodoItemDao}, in the entity's package. */
  static ClassName dao(ClassName entity) {
    return ClassName.get(entity.packageName(), entity.simpleName() + "Dao");
  }

  /** {@code OffsyncTodoData} for the interface {@code TodoData}, in the interface's package. */
  static ClassName database(ClassName database) {
    return ClassName.get(database.packageName(), "Offsync" + database.simpleName());
  }
}
