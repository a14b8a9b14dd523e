package dev.offsync.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Operation;
import dev.offsync.server.User;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CommitOrderConformance} on Postgres, plus the race PostgreSQL's write path allows: a write checks the
 * stored row without locking it, so another write can replace the row between those checks and the store.
 * The first write must then be checked again on the row it would replace, never overwrite what it did not see.
 */
class CommitOrderPostgresIT extends CommitOrderConformance {

  /** Runs the other write while the first one is between its checks and its store. */
  private ExecutorService other;
  /** The write to run in the hook of the first write whose title is "late", once. */
  private volatile Supplier<Http.Reply> interloper;
  private final AtomicBoolean interfered = new AtomicBoolean();
  private final AtomicInteger lateHookRuns = new AtomicInteger();
  private volatile Http.Reply interloperReply;

  @Override
  TestDatabase openDatabase(Path temp) {
    return TestDatabase.postgres();
  }

  @BeforeEach
  void interfereInTheHook() {
    other = Executors.newSingleThreadExecutor();
    restart(builder -> builder.table(MOVIES).accessPolicy(new AccessPolicy() {
      @Override
      public void beforeCommit(User user, String table, Operation operation, Map<String, Object> item) {
        if (!"late".equals(item.get("title"))) {
          return;
        }
        lateHookRuns.incrementAndGet();
        if (interloper != null && interfered.compareAndSet(false, true)) {
          try {
            interloperReply = other.submit(interloper::get).get(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new AssertionError("The other write did not finish while the first one was checked", e);
          }
        }
      }
    }));
  }

  @AfterEach
  void stopTheOtherWriter() throws InterruptedException {
    if (other == null) {
      return; // skipped before it started: no PostgreSQL
    }
    other.shutdownNow();
    assertThat(other.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aConditionalReplaceWhoseRowIsReplacedDuringItsChecksFailsItsPrecondition() {
    String etag = create("movies", "{\"id\":\"m\",\"title\":\"first\"}").etag();
    interloper = () -> http.put("/tables/movies/m", "{\"id\":\"m\",\"title\":\"quick\"}");

    Http.Reply late = http.put("/tables/movies/m", "{\"id\":\"m\",\"title\":\"late\"}", "If-Match", etag);

    assertThat(interloperReply.status()).isEqualTo(200);
    assertThat(late.status()).as(late.body()).isEqualTo(412);
    assertThat(late.json().get("title").asText()).isEqualTo("quick");
    assertThat(http.get("/tables/movies/m").json().get("title").asText()).isEqualTo("quick");
    assertThat(lateHookRuns).hasValue(1);
  }

  @Test
  void aReplaceWhoseRowIsReplacedDuringItsChecksIsCheckedAgainAndCommitsAfterTheOther() {
    create("movies", "{\"id\":\"m\",\"title\":\"first\"}");
    interloper = () -> http.put("/tables/movies/m", "{\"id\":\"m\",\"title\":\"quick\"}");

    Http.Reply late = http.put("/tables/movies/m", "{\"id\":\"m\",\"title\":\"late\"}");

    assertThat(late.status()).as(late.body()).isEqualTo(200);
    assertThat(lateHookRuns).as("the hook ran on the row read, then on the row replaced").hasValue(2);
    Http.Reply stored = http.get("/tables/movies/m");
    assertThat(stored.json().get("title").asText()).isEqualTo("late");
    assertThat(stored.etag()).isEqualTo(late.etag());
    assertThat(Instant.parse(late.json().get("updatedAt").asText()))
        .isAfter(Instant.parse(interloperReply.json().get("updatedAt").asText()));
  }

  @Test
  void aCreateRacedByAnotherCreateOfItsIdDuringItsChecksIsAConflict() {
    interloper = () -> http.post("/tables/movies", "{\"id\":\"n\",\"title\":\"quick\"}");

    Http.Reply late = http.post("/tables/movies", "{\"id\":\"n\",\"title\":\"late\"}");

    assertThat(interloperReply.status()).isEqualTo(201);
    assertThat(late.status()).as(late.body()).isEqualTo(409);
    assertThat(late.json().get("title").asText()).isEqualTo("quick");
    assertThat(http.get("/tables/movies?$filter=id%20eq%20'n'").json().get("items")).hasSize(1);
    assertThat(lateHookRuns).as("the create ran on no row, then saw the id taken").hasValue(1);
  }
}
