package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public class FinalField {
  @Id public String id;
  public final String title = "fixed";
}
