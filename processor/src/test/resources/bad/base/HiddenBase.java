package bad.base;

import dev.offsync.annotations.Id;

/** A base whose id generated code in another package can neither read nor set. */
public abstract class HiddenBase {
  @Id protected String id;
}
