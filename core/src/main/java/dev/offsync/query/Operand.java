package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A value-producing node of the query tree: a column, a literal, a function call or an arithmetic expression.
 *
 * <p>Nodes are immutable records with value equality, so a whole filter can be a map key or hashed into a
 * query id. The typed builders ({@link StringExpression}, {@link NumberExpression}, ...) create them; the
 * {@link ODataParser} creates the same nodes from text.
 */
public sealed interface Operand permits ColumnRef, Literal, Call, Arithmetic {

  /** The column type of the values this node produces. */
  ColumnType type();
}
