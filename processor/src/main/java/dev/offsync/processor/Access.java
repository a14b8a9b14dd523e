package dev.offsync.processor;

import java.util.Objects;

/**
 * How generated code reads or writes one property.
 *
 * @param kind through the field, a method, or (records) the canonical constructor
 * @param name the field or method name; the component name for the constructor
 */
record Access(Kind kind, String name) {

  /** The ways to reach a property. */
  enum Kind { FIELD, METHOD, CONSTRUCTOR }

  Access {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
