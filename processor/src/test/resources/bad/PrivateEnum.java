package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

public class PrivateEnum {
  private enum Color { RED }

  @SyncTable
  public record Item(
      @Id String id,
      Color color) {}
}
