package dev.offsync.processor;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import java.util.Objects;

/**
 * A setting of the runtime's {@code SyncClient.Builder} that a generated database builder passes on unchanged,
 * read from the runtime at compile time so that the two builders never drift apart.
 *
 * @param name the method's name, such as {@code store}
 * @param typeVariables its type variables
 * @param parameters its parameters
 * @param varargs whether the last parameter is varargs
 */
record BuilderOption(String name, List<TypeVariableName> typeVariables, List<ParameterSpec> parameters,
    boolean varargs) {

  BuilderOption {
    Objects.requireNonNull(name, "name");
    typeVariables = List.copyOf(typeVariables);
    parameters = List.copyOf(parameters);
  }
}
