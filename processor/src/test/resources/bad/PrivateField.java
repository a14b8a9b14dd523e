package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public class PrivateField {
  @Id public String id;
  private String title;
  private boolean done;

  public void setDone(boolean done) {
    this.done = done;
  }
}
