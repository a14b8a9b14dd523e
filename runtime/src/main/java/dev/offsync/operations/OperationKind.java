package dev.offsync.operations;

/** What a queued operation will do on the service when it is pushed. */
public enum OperationKind {
  /** Create the item ({@code POST}). */
  INSERT,
  /** Replace the item ({@code PUT} with {@code If-Match}; {@code PATCH} with the whole item in protocol v2). */
  UPDATE,
  /** Delete the item ({@code DELETE} with {@code If-Match}). */
  DELETE
}
