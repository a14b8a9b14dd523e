package dev.offsync.processor;

/** What a property is to the protocol: a data column or one of the four system properties. */
enum SystemRole {
  NONE(null, null, null),
  ID(TypeNames.ID, "id", "String"),
  UPDATED_AT(TypeNames.UPDATED_AT, "updatedAt", "Instant or OffsetDateTime"),
  VERSION(TypeNames.VERSION, "version", "String"),
  DELETED(TypeNames.DELETED, "deleted", "boolean or Boolean"),
  /** An {@code @Ignore}d record component: no column, its type's default passed to the constructor on reads. */
  IGNORED(TypeNames.IGNORE, null, null);

  private final String annotation;
  private final String jsonName;
  private final String expectedType;

  SystemRole(String annotation, String jsonName, String expectedType) {
    this.annotation = annotation;
    this.jsonName = jsonName;
    this.expectedType = expectedType;
  }

  /** The qualified name of the marking annotation. */
  String annotation() {
    return annotation;
  }

  /** The protocol's JSON and SQL name. */
  String jsonName() {
    return jsonName;
  }

  /** The allowed Java types, as messages name them. */
  String expectedType() {
    return expectedType;
  }

  /** The system roles, without {@link #NONE}. */
  static SystemRole[] system() {
    return new SystemRole[] {ID, UPDATED_AT, VERSION, DELETED};
  }
}
