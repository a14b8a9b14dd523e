package b;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

/** Public fields mixed with one accessor pair; declares only the id. */
@SyncTable("fields")
public class Fields {
  @Id public String id;
  public String select;
  public int order;
  private String label;

  public String getLabel() { return label; }
  public void setLabel(String label) { this.label = label; }
}
