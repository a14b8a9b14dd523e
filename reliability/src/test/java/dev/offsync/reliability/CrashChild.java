package dev.offsync.reliability;

import dev.offsync.OfflineTable;
import dev.offsync.errors.OffsyncException;
import dev.offsync.SyncClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The child process of {@link CrashIT}: opens a store and, until it is killed (or a minute passes), makes random
 * local writes, pushes and pulls (some on a background thread, beside the writes), recording each write in an
 * {@link AckLog}. Local writes never fail here, since it tracks which items exist; one that does is logged
 * with an {@code E} line, which the test reports.
 */
public final class CrashChild {

  private static final long MAX_RUN_SECONDS = 60;

  private final Random random;
  private final String prefix;
  private final AckLog log;
  private final List<String> notes = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private long number;
  private int created;

  private CrashChild(Random random, String prefix, long firstNumber, AckLog log) {
    this.random = random;
    this.prefix = prefix;
    this.number = firstNumber;
    this.log = log;
  }

  /** Arguments: store file, endpoint, acknowledgement log, seed, id prefix, first write number. */
  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    URI endpoint = URI.create(args[1]);
    Random random = new Random(Long.parseLong(args[3]));
    try (AckLog log = AckLog.open(Path.of(args[2]));
        SyncClient client = Clients.device(store, endpoint).pushParallelism(1 + random.nextInt(4)).build()) {
      new CrashChild(random, args[4], Long.parseLong(args[5]), log).run(client);
    }
  }

  private void run(SyncClient client) throws IOException {
    OfflineTable<Note> noteTable = client.table(NoteTable.DEFINITION);
    OfflineTable<Label> labelTable = client.table(LabelTable.DEFINITION);
    noteTable.query().list().forEach(note -> notes.add(note.id()));
    labelTable.query().list().forEach(label -> labels.add(label.id()));
    CompletableFuture<?> background = CompletableFuture.completedFuture(null);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_RUN_SECONDS);
    while (System.nanoTime() < deadline) {
      int dice = random.nextInt(100);
      boolean onNotes = random.nextInt(3) > 0;
      if (dice < 30) {
        insert(noteTable, labelTable, onNotes);
      } else if (dice < 58) {
        update(noteTable, labelTable, onNotes);
      } else if (dice < 68) {
        delete(noteTable, labelTable, onNotes);
      } else if (dice < 85) {
        if (background.isDone() && random.nextBoolean()) {
          background = client.pushAsync();
        } else {
          quietly(client::push);
        }
      } else if (background.isDone() && random.nextBoolean()) {
        // A pull beside the writes: pages meet items with fresh local changes, which they must skip.
        background = (onNotes ? noteTable : labelTable).pullAsync(dev.offsync.PullQuery.all());
      } else {
        quietly(() -> (onNotes ? noteTable : labelTable).pull());
      }
    }
  }

  private void insert(OfflineTable<Note> noteTable, OfflineTable<Label> labelTable, boolean onNotes)
      throws IOException {
    String id = prefix + "-" + created++;
    String token = token();
    if (onNotes) {
      write("notes", "insert", id, token, () -> noteTable.insert(Note.of(id, token)));
      notes.add(id);
    } else {
      write("labels", "insert", id, token, () -> labelTable.insert(Label.of(id, token)));
      labels.add(id);
    }
  }

  private void update(OfflineTable<Note> noteTable, OfflineTable<Label> labelTable, boolean onNotes)
      throws IOException {
    List<String> ids = onNotes ? notes : labels;
    if (ids.isEmpty()) {
      return;
    }
    String id = ids.get(random.nextInt(ids.size()));
    String token = token();
    if (onNotes) {
      write("notes", "update", id, token, () -> noteTable.update(noteTable.get(id).orElseThrow().withText(token)
          .withCounter(number)));
    } else {
      write("labels", "update", id, token, () -> labelTable.update(labelTable.get(id).orElseThrow()
          .withName(token)));
    }
  }

  private void delete(OfflineTable<Note> noteTable, OfflineTable<Label> labelTable, boolean onNotes)
      throws IOException {
    List<String> ids = onNotes ? notes : labels;
    if (ids.isEmpty()) {
      return;
    }
    String id = ids.remove(random.nextInt(ids.size()));
    write(onNotes ? "notes" : "labels", "delete", id, "-", () -> (onNotes ? noteTable : labelTable).delete(id));
  }

  private String token() {
    return "t" + (number + 1);
  }

  /** One local write: its intent, the call, its acknowledgement once the call returned. */
  private void write(String table, String kind, String id, String token, Runnable call) throws IOException {
    long n = ++number;
    log.intent(n, table, kind, id, token);
    try {
      call.run();
    } catch (RuntimeException e) {
      log.error(n, e);
      return;
    }
    log.acknowledge(n);
  }

  /** A push or pull; its failures (offline, a stopped push) are what the next one retries. */
  private static void quietly(Runnable sync) {
    try {
      sync.run();
    } catch (OffsyncException e) {
      // The application would retry later; so does this loop.
    }
  }
}
