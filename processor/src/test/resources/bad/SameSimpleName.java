package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

public class SameSimpleName {
  public static class A {
    @SyncTable("a_note")
    public record Note(@Id String id) {}
  }

  public static class B {
    @SyncTable("b_note")
    public record Note(@Id String id) {}
  }
}
