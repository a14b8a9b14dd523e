package dev.offsync.reliability;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The suite's main model, served with soft delete: every write gives {@code text} a token that no other write
 * uses, so the service's commit log tells which write it applied and how often.
 *
 * @param id the id
 * @param text the token of the last write
 * @param counter a number that merges add to
 * @param amount a decimal whose scale must survive every trip (convergence compares it as text: 1.50 is not 1.5)
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("notes")
public record Note(@Id String id, String text, long counter, BigDecimal amount, @UpdatedAt Instant updatedAt,
    @Version String version) {

  /** A new note. */
  public static Note of(String id, String text) {
    return new Note(id, text, 0, null, null, null);
  }

  /** This note with another token. */
  public Note withText(String newText) {
    return new Note(id, newText, counter, amount, updatedAt, version);
  }

  /** This note with another counter. */
  public Note withCounter(long newCounter) {
    return new Note(id, text, newCounter, amount, updatedAt, version);
  }

  /** This note with another amount. */
  public Note withAmount(BigDecimal newAmount) {
    return new Note(id, text, counter, newAmount, updatedAt, version);
  }
}
