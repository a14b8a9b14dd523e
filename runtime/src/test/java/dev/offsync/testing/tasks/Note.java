package dev.offsync.testing.tasks;

import dev.offsync.annotations.Convert;
import dev.offsync.annotations.CreatedAt;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.Ignore;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.util.List;

/**
 * The table of the converter and ignored-component tests: {@code tags} and {@code links} get the converter
 * {@link TaskData} registers for {@code List<String>}, {@code keywords} names its own with {@code @Convert}, and
 * {@code selected} is state of the app that is never stored.
 *
 * @param id the id
 * @param text the text
 * @param tags tags, stored as JSON text by the database's converter
 * @param links links, stored likewise
 * @param keywords keywords, stored comma-separated by the field's converter
 * @param selected whether the app shows it selected; never stored, false on reads
 * @param createdAt when the service created it: never sent, null until the first round trip
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("notes")
public record Note(@Id String id, String text, List<String> tags, List<String> links,
    @Convert(CommaSeparated.class) List<String> keywords, @Ignore boolean selected, @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt, @Version String version) {

  /** A new note without an id. */
  public static Note of(String text, List<String> tags, List<String> keywords) {
    return new Note(null, text, tags, List.of(), keywords, true, null, null, null);
  }

  /** This note with another text. */
  public Note withText(String newText) {
    return new Note(id, newText, tags, links, keywords, selected, createdAt, updatedAt, version);
  }
}
