package bad;

import dev.offsync.annotations.Column;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import java.util.Map;

@SyncTable("Many")
public class ManyErrors {
  @Id public int id;
  public Map<String, String> attributes;
  @Column(name = "__x") public String x;
  private String secret;

  public ManyErrors(String id) {}
}
