package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public abstract class AbstractClass {
  @Id public String id;
}
