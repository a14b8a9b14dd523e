package dev.offsync.server.internal.storage;

import dev.offsync.server.Repository;

/**
 * The change of a create ({@code POST}), which expects no stored row with its id. The built-in store on
 * PostgreSQL runs it on no row and inserts the result without reading first; only if a row has the id after
 * all (or the change refuses the create) does it read the row and run the change again on it, and that run's
 * outcome is the answer. Other repositories treat it as any change.
 */
@FunctionalInterface
public interface Creation extends Repository.Change {}
