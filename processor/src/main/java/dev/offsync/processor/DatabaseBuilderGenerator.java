package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Builds the nested {@code Builder} of a generated database: every option of the runtime's
 * {@code SyncClient.Builder} under the same name and parameters, the tables preset, and {@code build()}
 * returning the app's interface.
 */
final class DatabaseBuilderGenerator {

  private DatabaseBuilderGenerator() {}

  static TypeSpec builder(DatabaseModel model) {
    ClassName builder = model.implementation().nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures and opens the database; each setting is the client builder's of the same name.\n")
        .addField(FieldSpec.builder(TypeNames.SYNC_CLIENT_BUILDER, "client", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder().tables($L)", TypeNames.SYNC_CLIENT, definitions(model))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    model.options().forEach(option -> type.addMethod(option(option, builder)));
    return type.addMethod(build(model)).build();
  }

  private static CodeBlock definitions(DatabaseModel model) {
    return model.tables().stream().map(table -> CodeBlock.of("$T.DEFINITION", table.definitionHolder()))
        .collect(CodeBlock.joining(", "));
  }

  private static MethodSpec option(BuilderOption option, ClassName builder) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(option.name()).addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addTypeVariables(option.typeVariables())
        .addParameters(option.parameters())
        .varargs(option.varargs())
        .addJavadoc("See {@link $T#$L}.\n", TypeNames.SYNC_CLIENT_BUILDER, option.name());
    CodeBlock arguments = option.parameters().stream().map(p -> CodeBlock.of("$N", p))
        .collect(CodeBlock.joining(", "));
    // this.client: an option may name its parameter client (httpClient(HttpClient client)).
    return method.addStatement("this.client.$L($L)", option.name(), arguments).addStatement("return this").build();
  }

  private static MethodSpec build(DatabaseModel model) {
    return MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC)
        .returns(model.database())
        .addJavadoc("Opens the store and the database; see {@link $T#build()}.\n", TypeNames.SYNC_CLIENT_BUILDER)
        .addStatement("return new $T(client.build())", model.implementation())
        .build();
  }
}
