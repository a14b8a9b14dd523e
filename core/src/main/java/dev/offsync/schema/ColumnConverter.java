package dev.offsync.schema;

/**
 * Maps an application type to a supported column type and back, for a field annotated
 * {@code @Convert(MyConverter.class)}: a {@code List<String>} stored as JSON text, a money type stored as a
 * decimal, a custom id stored as a string. Generated JSON and row codecs and typed filters all call it, so a value
 * is stored, sent and compared in its column form.
 *
 * <p>Implementations are public, concrete, stateless and thread-safe, with a public no-argument constructor;
 * generated code makes one instance per field. Neither method is called with null: null stays null.
 * {@code fromColumn(toColumn(v))} must equal {@code v}, or values do not round-trip.
 *
 * @param <A> the application type, the field's type
 * @param <C> the column type: one of the types a column may have, as a reference type ({@code String},
 *     {@code Long}, {@code BigDecimal}, {@code Instant}...)
 */
public interface ColumnConverter<A, C> {

  /** The column form of a non-null application value. */
  C toColumn(A value);

  /** The application value of a non-null column value. */
  A fromColumn(C value);

  /** {@link #toColumn}, or null for null: what generated code calls. */
  default C toColumnOrNull(A value) {
    return value == null ? null : toColumn(value);
  }

  /** {@link #fromColumn}, or null for null: what generated code calls. */
  default A fromColumnOrNull(C value) {
    return value == null ? null : fromColumn(value);
  }
}
