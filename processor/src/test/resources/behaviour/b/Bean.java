package b;

import dev.offsync.annotations.Deleted;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.Ignore;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.OffsetDateTime;

/** A JavaBean. */
@SyncTable
public class Bean {
  @Id private String id;
  private String title;
  private boolean done;
  @Ignore private String scratch = "not stored";
  @UpdatedAt private OffsetDateTime updatedAt;
  @Version private String version;
  @Deleted private Boolean deleted;

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public boolean isDone() { return done; }
  public void setDone(boolean done) { this.done = done; }
  public String getScratch() { return scratch; }
  public void setScratch(String scratch) { this.scratch = scratch; }
  public OffsetDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
  public String getVersion() { return version; }
  public void setVersion(String version) { this.version = version; }
  public Boolean getDeleted() { return deleted; }
  public void setDeleted(Boolean deleted) { this.deleted = deleted; }
}
