package dev.offsync.reliability;

import dev.offsync.OfflineTable;
import dev.offsync.operations.PendingOperation;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PurgeOptions;
import dev.offsync.PurgeOptions.DeltaTokenPolicy;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncEvent;
import dev.offsync.status.SyncListener;
import dev.offsync.query.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What an application does beside edits and syncs, for the convergence scenario: it edits a note while a pull
 * runs (so the pull skips it), discards its own queued changes, and purges tables, all or some rows, with each
 * delta-token policy. A purge that keeps tokens may leave purged rows away until they change on the service;
 * this remembers each such row as it was purged, and such a row may be missing from a client at the end only
 * if the service still holds exactly that copy. Anything else missing is a record some pull skipped for good.
 *
 * <p>Called from the test's thread only (a pull's events come on the thread that pulls), so the seeded random
 * keeps runs repeatable.
 */
final class AppHabits {

  private final Random random;
  private final Supplier<String> tokens;
  private final Map<SyncClient, Map<String, String>> keptAway = new HashMap<>();
  private final Map<DeltaTokenPolicy, Integer> purges = new EnumMap<>(DeltaTokenPolicy.class);
  private int editsDuringPulls;
  private int discards;
  private int keptAwayAtEnd;
  /** Whether the habits run; the final rounds stop them, so that the clients can settle. */
  private boolean active = true;

  AppHabits(Random random, Supplier<String> tokens) {
    this.random = random;
    this.tokens = tokens;
  }

  /** A listener that, on one fetched page in four, edits a note of the client before the page is applied. */
  SyncListener editsDuringPulls(AtomicReference<SyncClient> client) {
    return event -> {
      if (active && event instanceof SyncEvent.ItemsFetched && client.get() != null && random.nextInt(4) == 0) {
        OfflineTable<Note> notes = client.get().table(NoteTable.DEFINITION);
        List<Note> all = notes.query().list();
        if (!all.isEmpty()) {
          Note note = all.get(random.nextInt(all.size()));
          notes.update(note.withText(tokens.get()).withCounter(note.counter() + 1).withAmount(amount()));
          editsDuringPulls++;
        }
      }
    };
  }

  /** A decimal with a scale of 0 to 4 and up to 18 digits, trailing zeros included (12.50 must stay 12.50). */
  BigDecimal amount() {
    return new BigDecimal(BigInteger.valueOf(random.nextLong() % 1_000_000_000_000_000L), random.nextInt(5));
  }

  /** Stops every habit (before the final rounds). */
  void stop() {
    active = false;
  }

  /** One step's habit, if any: a discard (one step in ten) or a purge (one in fifteen). */
  void maybe(SyncClient client) {
    int dice = random.nextInt(30);
    if (dice < 3) {
      discardOne(client);
    } else if (dice < 5) {
      purge(client);
    }
  }

  private void discardOne(SyncClient client) {
    List<PendingOperation> operations = client.pendingOperations();
    if (operations.isEmpty()) {
      return;
    }
    PendingOperation operation = operations.get(random.nextInt(operations.size()));
    OfflineTable<?> table = operation.table().equals("notes") ? client.table(NoteTable.DEFINITION)
        : client.table(LabelTable.DEFINITION);
    table.discard(operation);
    discards++;
  }

  /** Purges notes (three in four) or labels, all rows or about half of them, with a random token policy. */
  private void purge(SyncClient client) {
    OfflineTable<?> table = random.nextInt(4) == 0 ? client.table(LabelTable.DEFINITION)
        : client.table(NoteTable.DEFINITION);
    DeltaTokenPolicy policy = DeltaTokenPolicy.values()[random.nextInt(DeltaTokenPolicy.values().length)];
    PurgeOptions options = PurgeOptions.defaults().withDeltaTokens(policy);
    State before = State.local(client);
    try {
      if (random.nextBoolean()) {
        table.purge(options);
      } else {
        List<String> ids = someIds(table);
        table.purge(Query.where(dev.offsync.query.Fields.ID.in(ids.isEmpty() ? List.of("none") : ids)), options);
      }
    } catch (PendingOperationsException e) {
      return; // the application purges only a table whose changes are all pushed
    }
    purges.merge(policy, 1, Integer::sum);
    Map<String, String> away = keptAway.computeIfAbsent(client, c -> new TreeMap<>());
    String prefix = table.name() + "/";
    if (policy == DeltaTokenPolicy.RESET) {
      away.keySet().removeIf(key -> key.startsWith(prefix)); // the next pull fetches everything again
      return;
    }
    Map<String, String> after = State.local(client).items();
    before.items().forEach((key, item) -> {
      if (key.startsWith(prefix) && !after.containsKey(key)) {
        away.put(key, item);
      }
    });
  }

  /** About half the table's local ids. */
  private <T> List<String> someIds(OfflineTable<T> table) {
    List<String> ids = new ArrayList<>();
    for (T item : table.query().list()) {
      if (random.nextBoolean()) {
        ids.add(table.definition().systemProperties(item).id());
      }
    }
    return ids;
  }

  /**
   * The client's state, with the rows its purges may keep away added where the service holds exactly the
   * purged copy: what must equal the service.
   */
  State expected(SyncClient client, State service) {
    State local = State.local(client);
    Map<String, String> items = new TreeMap<>(local.items());
    Map<String, String> tokensByKey = new TreeMap<>(local.tokens());
    keptAway.getOrDefault(client, Map.of()).forEach((key, item) -> {
      if (!items.containsKey(key) && item.equals(service.items().get(key))) {
        items.put(key, item);
        tokensByKey.put(key, service.tokens().get(key));
        keptAwayAtEnd++;
      }
    });
    return new State(items, tokensByKey);
  }

  /** The summary's words: how often each habit ran. */
  String summary() {
    return editsDuringPulls + " edits during pulls, " + discards + " discards, purges " + purges + " ("
        + keptAwayAtEnd + " purged rows unchanged on the service and kept away by their token policy)";
  }
}
