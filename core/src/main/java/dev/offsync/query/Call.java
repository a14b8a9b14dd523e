package dev.offsync.query;

import dev.offsync.query.internal.Types;
import dev.offsync.schema.ColumnType;
import java.util.List;
import java.util.Objects;

/**
 * A function applied to arguments, such as {@code tolower(title)} or {@code year(dueDate)}. Any null argument
 * gives null.
 *
 * @param function the function
 * @param arguments the arguments, checked against {@link Function#parameters()}
 */
public record Call(Function function, List<Operand> arguments) implements Operand {

  /** Checks the number and kinds of the arguments. */
  public Call {
    Objects.requireNonNull(function, "function");
    arguments = List.copyOf(arguments);
    String problem = Types.checkCall(function, arguments);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** A call with these arguments. */
  public static Call of(Function function, Operand... arguments) {
    return new Call(function, List.of(arguments));
  }

  @Override
  public ColumnType type() {
    return function.resultType(arguments.get(0).type());
  }
}
