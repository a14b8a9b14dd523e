package p;

import dev.offsync.annotations.Deleted;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.Ignore;
import dev.offsync.annotations.LocalOnly;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import java.time.OffsetDateTime;

/** A JavaBean: private fields with accessors, an OffsetDateTime updatedAt and a boxed deleted flag. */
@SyncTable
public class Contact {
  /** How often to call. */
  public enum Priority { LOW, HIGH }

  @Id private String id;
  private String name;
  private boolean favourite;
  private Priority priority;
  @LocalOnly private String note;
  @Ignore private Object cache;
  @UpdatedAt private OffsetDateTime updatedAt;
  @Deleted private Boolean deleted;

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public boolean isFavourite() { return favourite; }
  public void setFavourite(boolean favourite) { this.favourite = favourite; }
  public Priority getPriority() { return priority; }
  public void setPriority(Priority priority) { this.priority = priority; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public Object getCache() { return cache; }
  public OffsetDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
  public Boolean getDeleted() { return deleted; }
  public void setDeleted(Boolean deleted) { this.deleted = deleted; }
}
