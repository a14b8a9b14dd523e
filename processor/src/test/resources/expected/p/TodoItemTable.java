package p;

import dev.offsync.query.BooleanField;
import dev.offsync.query.DateField;
import dev.offsync.query.InstantField;
import dev.offsync.query.StringField;
import dev.offsync.schema.TableDefinition;
import java.time.Instant;
import java.time.LocalDate;
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
  public static final StringField<TodoItem> ID = new StringField<>("id");

  /**
   * The column {@code title} (string).
   */
  public static final StringField<TodoItem> TITLE = new StringField<>("title");

  /**
   * The column {@code complete} (boolean).
   */
  public static final BooleanField<TodoItem> COMPLETE = new BooleanField<>("complete");

  /**
   * The column {@code dueDate} (date).
   */
  public static final DateField<TodoItem> DUE_DATE = new DateField<>("dueDate");

  /**
   * The system property {@code updatedAt} (datetime).
   */
  public static final InstantField<TodoItem> UPDATED_AT = new InstantField<>("updatedAt");

  /**
   * The system property {@code version} (string).
   */
  public static final StringField<TodoItem> VERSION = new StringField<>("version");

  private TodoItemTable() {
  }

  /**
   * A builder of a copy of {@code item}, to change some of its components:
   * {@code TodoItemTable.copy(item).title(...).build()}.
   */
  public static Copy copy(TodoItem item) {
    return new Copy(item);
  }

  /**
   * Builds a changed copy of a {@link TodoItem}; start one with {@link #copy(TodoItem)}.
   */
  public static final class Copy {
    private String id;

    private String title;

    private boolean complete;

    private LocalDate dueDate;

    private Instant updatedAt;

    private String version;

    private Copy(TodoItem item) {
      this.id = item.id();
      this.title = item.title();
      this.complete = item.complete();
      this.dueDate = item.dueDate();
      this.updatedAt = item.updatedAt();
      this.version = item.version();
    }

    /**
     * Sets {@code id} in the copy.
     */
    public Copy id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code title} in the copy.
     */
    public Copy title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@code complete} in the copy.
     */
    public Copy complete(boolean complete) {
      this.complete = complete;
      return this;
    }

    /**
     * Sets {@code dueDate} in the copy.
     */
    public Copy dueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets {@code updatedAt} in the copy.
     */
    public Copy updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets {@code version} in the copy.
     */
    public Copy version(String version) {
      this.version = version;
      return this;
    }

    /**
     * The copy, made with the canonical constructor.
     */
    public TodoItem build() {
      return new TodoItem(
          this.id,
          this.title,
          this.complete,
          this.dueDate,
          this.updatedAt,
          this.version);
    }
  }
}
