package dev.offsync.schema;

/**
 * An entity read from JSON or from a row, with the system properties found beside it.
 *
 * <p>The system properties are reported even when the model has no field for them, so that a pull can
 * advance its delta token and honour {@code deleted} on any model.
 *
 * @param entity the entity
 * @param system the system properties read with it
 * @param <T> the entity type
 */
public record Decoded<T>(T entity, SystemProperties system) {}
