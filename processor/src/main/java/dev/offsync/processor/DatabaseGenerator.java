package dev.offsync.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Offsync<Database>}: the implementation of an {@code @SyncDatabase} interface, holding one client
 * and one DAO per table, its {@code @Query} methods, and its {@code Builder} (see {@link DatabaseBuilderGenerator}).
 */
final class DatabaseGenerator {

  private final Filer filer;
  private final Reporter reporter;

  DatabaseGenerator(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** Writes the file; {@code origins} are the interface and its listed tables, for incremental builds. */
  void generate(DatabaseModel model, List<? extends Element> origins) {
    try {
      javaFile(model, origins).writeTo(filer);
    } catch (IOException e) {
      reporter.error(Diagnostics.writeFailed(model.implementation().canonicalName(),
          String.valueOf(e.getMessage())), origins.get(0));
    }
  }

  /** The file as it is written, also for tests that compare it without a compiler. */
  static JavaFile javaFile(DatabaseModel model, List<? extends Element> origins) {
    return SourceFileGenerator.javaFile(model.database().packageName(), type(model), origins);
  }

  private static TypeSpec.Builder type(DatabaseModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(model.implementation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(model.database())
        .addJavadoc("The offline database {@link $T}, generated from its {@code @SyncDatabase}: open it with\n"
            + "{@link #builder()}.\n", model.database());
    model.queries().forEach(query -> type.addField(queryConstant(query)));
    model.daos().forEach(dao -> dao.queries().forEach(query -> type.addField(queryConstant(query))));
    type.addField(FieldSpec.builder(TypeNames.SYNC_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL).build());
    model.tables().forEach(table -> type.addField(
        FieldSpec.builder(table.dao(), table.field(), Modifier.PRIVATE, Modifier.FINAL).build()));
    model.daos().forEach(dao -> type.addField(
        FieldSpec.builder(dao.type(), dao.field(), Modifier.PRIVATE, Modifier.FINAL).build()));
    type.addMethod(constructor(model)).addMethod(builderMethod(model));
    model.accessors().forEach(accessor -> type.addMethod(accessor(accessor)));
    model.queries().forEach(query -> type.addMethod(queryMethod(query)));
    type.addMethod(client(model)).addMethod(push(model)).addMethod(pull(model)).addMethod(close(model));
    model.daos().forEach(dao -> type.addType(daoImplementation(dao)));
    return type.addType(DatabaseBuilderGenerator.builder(model));
  }

  /** The inner class implementing a {@code @SyncDao} interface with the database's DAOs. */
  private static TypeSpec daoImplementation(DatabaseModel.Dao dao) {
    TypeSpec.Builder type = TypeSpec.classBuilder(dao.implementation())
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addSuperinterface(dao.type());
    dao.queries().forEach(query -> type.addMethod(queryMethod(query)));
    return type.build();
  }

  private static FieldSpec queryConstant(QueryMethodModel query) {
    CodeBlock.Builder initializer = CodeBlock.builder().add("$T.of($T.DEFINITION, $S, $S", TypeNames.QUERY_METHOD,
        query.table().definitionHolder(), query.filter(), query.orderBy());
    for (QueryMethodModel.Parameter parameter : query.parameters()) {
      initializer.add(",\n$>$>$T.$N($S, $T.$L)$<$<", TypeNames.QUERY_METHOD,
          parameter.collection() ? "collection" : "parameter", parameter.name(), TypeNames.COLUMN_TYPE,
          parameter.columnType());
    }
    return FieldSpec.builder(ParameterizedTypeName.get(TypeNames.QUERY_METHOD, query.table().entity()),
            query.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer.add(")").build())
        .build();
  }

  private static MethodSpec constructor(DatabaseModel model) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(TypeNames.SYNC_CLIENT, "client")
        .addStatement("this.client = client");
    model.tables().forEach(table -> constructor.addStatement("this.$N = new $T(client)", table.field(),
        table.dao()));
    model.daos().forEach(dao -> constructor.addStatement("this.$N = new $N()", dao.field(), dao.implementation()));
    return constructor.build();
  }

  private static MethodSpec builderMethod(DatabaseModel model) {
    ClassName builder = model.implementation().nestedClass("Builder");
    return MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A builder for the database, with its tables preset; offline until given an endpoint.\n")
        .addStatement("return new $T()", builder)
        .build();
  }

  private static MethodSpec accessor(DatabaseModel.Accessor accessor) {
    return MethodSpec.methodBuilder(accessor.method()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(accessor.returns())
        .addStatement("return $N", accessor.field())
        .build();
  }

  private static MethodSpec queryMethod(QueryMethodModel query) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(query.method()).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(query.returnType());
    CodeBlock.Builder arguments = CodeBlock.builder().add("$N.table()", query.table().field());
    for (QueryMethodModel.Parameter parameter : query.parameters()) {
      method.addParameter(ParameterSpec.builder(parameter.type(), parameter.name()).build());
      // An array (byte[], or the values of an 'in' list) is one value, not the spread of the Object... values.
      if (parameter.type() instanceof ArrayTypeName) {
        arguments.add(", ($T) $N", Object.class, parameter.name());
      } else {
        arguments.add(", $N", parameter.name());
      }
    }
    return method.varargs(query.varargs())
        .addStatement("return $N.query($L)$L", query.constant(), arguments.build(), query.result().call())
        .build();
  }

  private static MethodSpec.Builder runtimeMethod(DatabaseModel model, String name) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    return model.extendsRuntime() ? method.addAnnotation(Override.class) : method;
  }

  private static MethodSpec client(DatabaseModel model) {
    return runtimeMethod(model, "client").returns(TypeNames.SYNC_CLIENT)
        .addJavadoc("The client beneath.\n")
        .addStatement("return client").build();
  }

  private static MethodSpec push(DatabaseModel model) {
    return runtimeMethod(model, "push").returns(TypeNames.PUSH_RESULT)
        .addJavadoc("Pushes the pending operations of every table.\n")
        .addStatement("return client.push()").build();
  }

  private static MethodSpec pull(DatabaseModel model) {
    CodeBlock pulls = model.tables().stream().map(table -> CodeBlock.of("$N.pull()", table.field()))
        .collect(CodeBlock.joining(", "));
    return runtimeMethod(model, "pull").returns(ParameterizedTypeName.get(ClassName.get(List.class),
            TypeNames.PULL_RESULT))
        .addJavadoc("Pulls every table, in the order of {@code @SyncDatabase(tables = ...)}.\n")
        .addStatement("return $T.of($L)", List.class, pulls).build();
  }

  private static MethodSpec close(DatabaseModel model) {
    return runtimeMethod(model, "close")
        .addJavadoc("Closes the client and its store.\n")
        .addStatement("client.close()").build();
  }
}
