package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public class NoConstructor {
  @Id public String id;

  public NoConstructor(String id) {
    this.id = id;
  }
}
