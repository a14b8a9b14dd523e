package dev.offsync.sample.model;

/** How urgent a {@link TodoItem} is; stored and sent as the constant's name. */
public enum Priority {
  /** Some day. */
  LOW,
  /** The default. */
  NORMAL,
  /** Soon. */
  HIGH
}
