package p;

import dev.offsync.query.IntField;
import dev.offsync.query.LongField;
import dev.offsync.query.StringField;
import dev.offsync.schema.TableDefinition;
import javax.annotation.processing.Generated;

/**
 * The typed table {@code sheet_rows} of {@link Sheet.Row}, generated from its {@code @SyncTable}.
 *
 * <p>Each column has a typed constant for queries (such as {@code ORDER}); {@link #DEFINITION} describes the
 * table (schema, JSON and row codecs) to the runtime and the server. Offline operations come from the
 * runtime's generic offline table:
 * <pre>{@code
 * OfflineTable<Sheet.Row> rows = client.table(RowTable.DEFINITION);
 * }</pre>
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
public final class RowTable {
  /**
   * The definition of table {@code sheet_rows}: name, columns, SQLite schema, JSON and row codecs.
   */
  public static final TableDefinition<Sheet.Row> DEFINITION = new Row_Definition();

  /**
   * The system property {@code id} (string).
   */
  public static final StringField<Sheet.Row> ID = new StringField<>("id");

  /**
   * The column {@code order} (int).
   */
  public static final IntField<Sheet.Row> ORDER = new IntField<>("order");

  /**
   * The column {@code select} (string).
   */
  public static final StringField<Sheet.Row> SELECT = new StringField<>("select");

  /**
   * The column {@code entity} (long).
   */
  public static final LongField<Sheet.Row> ENTITY = new LongField<>("entity");

  /**
   * The column {@code name} (string).
   */
  public static final StringField<Sheet.Row> NAME = new StringField<>("name");

  /**
   * The column {@code first} (int).
   */
  public static final IntField<Sheet.Row> FIRST = new IntField<>("first");

  /**
   * The column {@code row} (string).
   */
  public static final StringField<Sheet.Row> ROW = new StringField<>("row");

  /**
   * The column {@code out} (string).
   */
  public static final StringField<Sheet.Row> OUT = new StringField<>("out");

  /**
   * The column {@code statement} (string).
   */
  public static final StringField<Sheet.Row> STATEMENT = new StringField<>("statement");

  /**
   * The column {@code system} (string).
   */
  public static final StringField<Sheet.Row> SYSTEM = new StringField<>("system");

  /**
   * The column {@code definition} (string).
   */
  public static final StringField<Sheet.Row> DEFINITION_ = new StringField<>("definition");

  /**
   * The column {@code Values} (string).
   */
  public static final StringField<Sheet.Row> VALUES = new StringField<>("Values");

  /**
   * The column {@code JsonValues} (string).
   */
  public static final StringField<Sheet.Row> JSON_VALUES = new StringField<>("JsonValues");

  /**
   * The column {@code known} (int).
   */
  public static final IntField<Sheet.Row> KNOWN = new IntField<>("known");

  private RowTable() {
  }
}
