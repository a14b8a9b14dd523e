package p;

import dev.offsync.query.BooleanField;
import dev.offsync.query.DateField;
import dev.offsync.query.InstantField;
import dev.offsync.query.StringField;
import dev.offsync.schema.TableDefinition;
import javax.annotation.processing.Generated;

/**
 * The typed table {@code todoitems} of {@link TodoItem}, generated from its {@code @SyncTable}.
 *
 * <p>Each column has a typed constant for queries (such as {@code TITLE}); {@link #DEFINITION} describes the
 * table (schema, JSON and row codecs) to the runtime and the server. Offline operations come from the
 * runtime's generic offline table:
 * <pre>{@code
 * OfflineTable<TodoItem> todoItems = client.table(TodoItemTable.DEFINITION);
 * }</pre>
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
public final class TodoItemTable {
  /**
   * The definition of table {@code todoitems}: name, columns, SQLite schema, JSON and row codecs.
   */
  public static final TableDefinition<TodoItem> DEFINITION = new TodoItem_Definition();

  /**
   * The system property {@code id} (string).
   */
  public static final StringField ID = new StringField("id");

  /**
   * The column {@code title} (string).
   */
  public static final StringField TITLE = new StringField("title");

  /**
   * The column {@code complete} (boolean).
   */
  public static final BooleanField COMPLETE = new BooleanField("complete");

  /**
   * The column {@code dueDate} (date).
   */
  public static final DateField DUE_DATE = new DateField("dueDate");

  /**
   * The system property {@code updatedAt} (datetime).
   */
  public static final InstantField UPDATED_AT = new InstantField("updatedAt");

  /**
   * The system property {@code version} (string).
   */
  public static final StringField VERSION = new StringField("version");

  private TodoItemTable() {
  }
}
