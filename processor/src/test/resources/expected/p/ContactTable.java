package p;

import dev.offsync.query.BooleanField;
import dev.offsync.query.EnumField;
import dev.offsync.query.OffsetDateTimeField;
import dev.offsync.query.StringField;
import dev.offsync.schema.TableDefinition;
import javax.annotation.processing.Generated;

/**
 * The typed table {@code contact} of {@link Contact}, generated from its {@code @SyncTable}.
 *
 * <p>Each column has a typed constant for queries (such as {@code NAME}); {@link #DEFINITION} describes the
 * table (schema, JSON and row codecs) to the runtime and the server. Offline operations come from the
 * runtime's generic offline table:
 * <pre>{@code
 * OfflineTable<Contact> contacts = client.table(ContactTable.DEFINITION);
 * }</pre>
 */
@Generated("dev.offsync.processor.SyncTableProcessor")
@SuppressWarnings({"deprecation", "unchecked"})
public final class ContactTable {
  /**
   * The definition of table {@code contact}: name, columns, SQLite schema, JSON and row codecs.
   */
  public static final TableDefinition<Contact> DEFINITION = new Contact_Definition();

  /**
   * The system property {@code id} (string).
   */
  public static final StringField<Contact> ID = new StringField<>("id");

  /**
   * The column {@code name} (string).
   */
  public static final StringField<Contact> NAME = new StringField<>("name");

  /**
   * The column {@code favourite} (boolean).
   */
  public static final BooleanField<Contact> FAVOURITE = new BooleanField<>("favourite");

  /**
   * The column {@code priority} (enum).
   */
  public static final EnumField<Contact, Contact.Priority> PRIORITY = new EnumField<>("priority", Contact.Priority.class);

  /**
   * The column {@code note} (string).
   */
  public static final StringField<Contact> NOTE = new StringField<>("note");

  /**
   * The system property {@code updatedAt} (datetime).
   */
  public static final OffsetDateTimeField<Contact> UPDATED_AT = new OffsetDateTimeField<>("updatedAt");

  /**
   * The system property {@code deleted} (boolean).
   */
  public static final BooleanField<Contact> DELETED = new BooleanField<>("deleted");

  private ContactTable() {
  }
}
