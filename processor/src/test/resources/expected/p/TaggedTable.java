package p;

import dev.offsync.query.ConvertedField;
import dev.offsync.query.StringField;
import dev.offsync.schema.TableDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The typed table {@code tagged} of {@link Tagged}, generated from its {@code @SyncTable}.
 *
 * <p>Each column has a typed constant for queries (such as {@code TAGS}); {@link #DEFINITION} describes the
 * table (schema, JSON and row codecs) to the runtime and the server. Offline operations come from the
 * runtime's generic offline table:
 * <pre>{@code
 * OfflineTable<Tagged> taggeds = client.table(TaggedTable.DEFINITION);
 * }</pre>
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
public final class TaggedTable {
  /**
   * The definition of table {@code tagged}: name, columns, SQLite schema, JSON and row codecs.
   */
  public static final TableDefinition<Tagged> DEFINITION = new Tagged_Definition();

  /**
   * The system property {@code id} (string).
   */
  public static final StringField<Tagged> ID = new StringField<>("id");

  /**
   * The column {@code tags} (string).
   */
  public static final ConvertedField<Tagged, List<String>, String> TAGS = new ConvertedField<>(new StringField<>("tags"), Tagged_Definition.tagsConverter);

  private TaggedTable() {
  }

  /**
   * A builder of a copy of {@code item}, to change some of its components:
   * {@code TaggedTable.copy(item).tags(...).build()}.
   */
  public static Copy copy(Tagged item) {
    return new Copy(item);
  }

  /**
   * Builds a changed copy of a {@link Tagged}; start one with {@link #copy(Tagged)}.
   */
  public static final class Copy {
    private String id;

    private List<String> tags;

    private Copy(Tagged item) {
      this.id = item.id();
      this.tags = item.tags();
    }

    /**
     * Sets {@code id} in the copy.
     */
    public Copy id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code tags} in the copy.
     */
    public Copy tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    /**
     * The copy, made with the canonical constructor.
     */
    public Tagged build() {
      return new Tagged(
          this.id,
          this.tags);
    }
  }
}
