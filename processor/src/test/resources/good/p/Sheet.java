package p;

import dev.offsync.annotations.Column;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.SyncTable;

/** Holds a nested model whose names clash with everything generated code uses. */
public class Sheet {
  /** Public fields named like the generated code's parameters, locals, constants and types. */
  @SyncTable("sheet_rows")
  public static class Row {
    @Id public String in;
    @Index public int order;
    public String select;
    public long entity;
    public String name;
    public Integer first;
    public String row;
    public String out;
    public String statement;
    public String system;
    @Column(name = "definition") public String def;
    public String Values;
    public String JsonValues;
    public short known;
  }
}
