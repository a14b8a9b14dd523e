package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

public class InnerClass {
  @SyncTable
  public class Item {
    @Id public String id;
  }
}
