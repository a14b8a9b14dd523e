package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** Turns a validated {@link ScannedDatabase} and the runtime's client builder into a {@link DatabaseModel}. */
final class DatabaseModelBuilder {

  /** Client builder methods the database builder does not pass on: it presets the tables and builds itself. */
  private static final List<String> NOT_OPTIONS = List.of("tables", "build");

  private DatabaseModelBuilder() {}

  /** The model; {@code clientBuilder} is the runtime's {@code SyncClient.Builder}. */
  static DatabaseModel build(ScannedDatabase database, TypeElement clientBuilder) {
    NameAllocator fields = new NameAllocator();
    fields.newName("client");
    Map<String, DatabaseModel.Table> tables = new LinkedHashMap<>();
    for (ListedTable listed : database.tables()) {
      ClassName entity = listed.entity();
      tables.put(listed.qualifiedName(), new DatabaseModel.Table(entity, fields.newName(lowerCamel(
          entity.simpleName()) + "Dao")));
    }
    List<DatabaseModel.Accessor> accessors = new ArrayList<>();
    List<QueryMethodModel> queries = new ArrayList<>();
    NameAllocator constants = new NameAllocator();
    NameAllocator nested = new NameAllocator();
    nested.newName("Builder");
    Map<String, DatabaseModel.Dao> daos = new LinkedHashMap<>();
    for (ExecutableElement method : database.methods()) {
      String name = method.getSimpleName().toString();
      ScannedDao dao = database.dao(method);
      if (Annotations.find(method, TypeNames.QUERY_ANNOTATION).isPresent()) {
        queries.add(query(method, database, tables, constants.newName(TableClassGenerator.upperSnake(name))));
      } else if (dao != null) {
        DatabaseModel.Dao model = daos.computeIfAbsent(dao.qualifiedName(), key -> dao(dao, database, tables,
            fields, nested, constants));
        accessors.add(new DatabaseModel.Accessor(name, model.type(), model.field()));
      } else {
        DatabaseModel.Table table = tables.get(DatabaseValidator.accessedTable(method, database).qualifiedName());
        accessors.add(new DatabaseModel.Accessor(name, table.dao(), table.field()));
      }
    }
    return new DatabaseModel(ClassName.get(database.type()), database.extendsRuntime(),
        List.copyOf(tables.values()), accessors, queries, List.copyOf(daos.values()), options(clientBuilder));
  }

  private static DatabaseModel.Dao dao(ScannedDao dao, ScannedDatabase database,
      Map<String, DatabaseModel.Table> tables, NameAllocator fields, NameAllocator nested,
      NameAllocator constants) {
    String simpleName = dao.type().getSimpleName().toString();
    List<QueryMethodModel> queries = new ArrayList<>();
    for (ExecutableElement method : dao.methods()) {
      queries.add(query(method, database, tables, constants.newName(TableClassGenerator.upperSnake(simpleName
          + "_" + method.getSimpleName()))));
    }
    return new DatabaseModel.Dao(ClassName.get(dao.type()), nested.newName(simpleName + "Impl"),
        fields.newName(lowerCamel(simpleName)), queries);
  }

  private static QueryMethodModel query(ExecutableElement method, ScannedDatabase database,
      Map<String, DatabaseModel.Table> tables, String constant) {
    QueryReturn result = QueryReturn.of(method, database).orElseThrow();
    List<QueryMethodModel.Parameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      ValueKind kind = QueryValidator.parameterKind(parameter).orElseThrow();
      parameters.add(new QueryMethodModel.Parameter(parameter.getSimpleName().toString(),
          TypeName.get(parameter.asType()), DatabaseScanner.columnType(kind).name(),
          QueryValidator.isCollection(parameter)));
    }
    return new QueryMethodModel(method.getSimpleName().toString(), constant,
        tables.get(result.table().qualifiedName()), result.result(), TypeName.get(method.getReturnType()),
        parameters, QueryValidator.text(QueryReturn.annotation(method), "filter"),
        QueryValidator.text(QueryReturn.annotation(method), "orderBy"), method.isVarArgs());
  }

  /** The client builder's public setters returning the builder, in declaration order. */
  private static List<BuilderOption> options(TypeElement clientBuilder) {
    List<BuilderOption> options = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(clientBuilder.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      if (method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC)
          && !NOT_OPTIONS.contains(name)
          && TypeMapper.qualifiedName(method.getReturnType()).equals(clientBuilder.getQualifiedName().toString())) {
        options.add(new BuilderOption(name,
            method.getTypeParameters().stream().map(TypeVariableName::get).toList(),
            method.getParameters().stream().map(ParameterSpec::get).toList(), method.isVarArgs()));
      }
    }
    return options;
  }

  /** {@code TodoItem} → {@code todoItem}. */
  private static String lowerCamel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
