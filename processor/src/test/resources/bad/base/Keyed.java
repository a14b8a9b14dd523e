package bad.base;

import dev.offsync.annotations.Id;

/** A generic base: its id is a column only where a subclass binds K to a column type. */
public abstract class Keyed<K> {
  @Id public K id;
}
