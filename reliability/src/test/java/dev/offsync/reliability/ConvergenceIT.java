package dev.offsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.conflict.ConflictResolver;
import dev.offsync.OfflineTable;
import dev.offsync.operations.OperationState;
import dev.offsync.operations.PendingOperation;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.PullResult;
import dev.offsync.conflict.Resolution;
import dev.offsync.SyncClient;
import dev.offsync.testing.FaultProxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scenario 3, convergence: K clients (3; {@code OFFSYNC_CONVERGENCE_CLIENTS} for more) make random offline edits
 * to a small set of shared records and sync in random interleavings, under each conflict policy. At the end
 * every client equals the service, and every conflict the service answered (409/412, counted on the wire by a
 * pass-through proxy per client) reached the client's resolver: none was settled silently. Notes carry a
 * decimal with its scale; the application also edits while pulls run, discards queued changes and purges with
 * each delta-token policy ({@link AppHabits}). Seeded.
 */
class ConvergenceIT {

  /** What the application does with conflicts. */
  enum Policy { CLIENT_WINS, SERVER_WINS, MERGE, LEAVE_FAILED }

  private static final int SHARED_NOTES = 8;
  private static final int SHARED_LABELS = 4;

  @TempDir
  Path folder;

  private final AtomicInteger resolverCalls = new AtomicInteger();
  private final AtomicInteger tokens = new AtomicInteger();
  private int settledByApp;
  private int goneFailures;
  private AppHabits habits;

  @ParameterizedTest
  @EnumSource(Policy.class)
  void everyClientConvergesAndEveryConflictReachesTheResolver(Policy policy) throws Exception {
    long seed = Seeds.seed() + policy.ordinal();
    Random random = new Random(seed);
    habits = new AppHabits(random, this::token);
    int clientCount = clients();
    int steps = Scale.of(150, 1_500);
    List<FaultProxy> proxies = new ArrayList<>();
    List<SyncClient> clients = new ArrayList<>();
    try (ReferenceServer server = ReferenceServer.sqlite(folder);
        SyncClient auditor = Clients.auditor(server.uri())) {
      for (int i = 0; i < clientCount; i++) {
        proxies.add(FaultProxy.passThrough(server.uri()));
        clients.add(device(i, proxies.get(i), policy, random));
      }
      for (int step = 0; step < steps; step++) {
        SyncClient client = clients.get(random.nextInt(clientCount));
        edit(client, random);
        syncOnce(client, random, policy);
        habits.maybe(client);
      }
      habits.stop();
      int rounds = quiesce(clients, random, policy);
      List<String> problems = new ArrayList<>();
      State service = State.service(auditor);
      for (int i = 0; i < clientCount; i++) {
        habits.expected(clients.get(i), service).differences(service, "client " + i, "service")
            .forEach(problems::add);
        clients.get(i).pendingOperations().forEach(op -> problems.add("left queued: " + op));
      }
      long wireConflicts = proxies.stream().flatMap(p -> p.exchanges().stream())
          .filter(e -> !e.method().equals("GET") && (e.status() == 409 || e.status() == 412)).count();
      Summary.report("convergence[" + policy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "]: "
          + clientCount + " clients, " + steps + " steps, " + wireConflicts + " conflicts answered by the service, "
          + resolverCalls.get() + " reached a resolver, " + (wireConflicts - resolverCalls.get())
          + " settled silently, " + settledByApp + " settled by the application, " + goneFailures
          + " changes to items deleted elsewhere discarded by the application, " + habits.summary()
          + ", converged after " + rounds
          + " final rounds: " + (problems.isEmpty() ? "yes" : "NO"));
      assertThat(problems).as(Seeds.replay(seed)).isEmpty();
      assertThat(resolverCalls.get()).as(Seeds.replay(seed)).isEqualTo((int) wireConflicts);
    } finally {
      clients.forEach(SyncClient::close);
      for (FaultProxy proxy : proxies) {
        proxy.close();
      }
    }
  }

  private static int clients() {
    String text = System.getenv("OFFSYNC_CONVERGENCE_CLIENTS");
    return text == null || text.isBlank() ? 3 : Integer.parseInt(text.trim());
  }

  private SyncClient device(int n, FaultProxy proxy, Policy policy, Random random) {
    AtomicReference<SyncClient> self = new AtomicReference<>();
    SyncClient client = Clients.device(folder.resolve("client-" + n + ".db"), proxy.uri())
        .listener(habits.editsDuringPulls(self))
        .conflictResolver(NoteTable.DEFINITION, counting(policy, conflict -> conflict.clientItem() == null
            ? Resolution.clientWins() // a local delete merges into a delete
            : Resolution.merged(conflict.serverItem().withText(token()).withCounter(conflict.serverItem().counter()
                + conflict.clientItem().counter()).withAmount(sum(conflict.serverItem().amount(),
                conflict.clientItem().amount())))))
        .conflictResolver(LabelTable.DEFINITION, counting(policy, conflict -> Resolution.merged(
            conflict.serverItem().withName(token()))))
        .pushParallelism(1 + random.nextInt(3))
        .build();
    self.set(client);
    return client;
  }

  /** A merge adds decimals; the sum's scale is the larger one. */
  private static BigDecimal sum(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.add(b);
  }

  /** The policy's resolver, counting each call. */
  private <T> ConflictResolver<T> counting(Policy policy, ConflictResolver<T> merge) {
    return conflict -> {
      resolverCalls.incrementAndGet();
      return switch (policy) {
        case CLIENT_WINS -> Resolution.clientWins();
        case SERVER_WINS -> Resolution.serverWins();
        case MERGE -> merge.resolve(conflict);
        case LEAVE_FAILED -> Resolution.leaveFailed();
      };
    };
  }

  private String token() {
    return "w" + tokens.incrementAndGet();
  }

  /** One to three offline edits of shared records: inserts of absent ids, updates, deletes of notes. */
  private void edit(SyncClient client, Random random) {
    OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
    OfflineTable<Label> labels = client.table(LabelTable.DEFINITION);
    for (int i = random.nextInt(3); i >= 0; i--) {
      if (random.nextInt(4) == 0) {
        String id = "l" + random.nextInt(SHARED_LABELS);
        // Labels are hard-deleted on the service, which other clients cannot learn: never deleted here.
        if (labels.get(id).isPresent()) {
          labels.update(labels.get(id).orElseThrow().withName(token()));
        } else if (!hasOperation(labels.pendingOperations(), id)) {
          labels.insert(Label.of(id, token()));
        }
        continue;
      }
      String id = "s" + random.nextInt(SHARED_NOTES);
      if (notes.get(id).isPresent()) {
        if (random.nextInt(4) == 0) {
          notes.delete(id);
        } else {
          Note note = notes.get(id).orElseThrow();
          notes.update(note.withText(token()).withCounter(note.counter() + 1).withAmount(habits.amount()));
        }
      } else if (!hasOperation(notes.pendingOperations(), id)) {
        notes.insert(Note.of(id, token()).withAmount(habits.amount()));
      }
    }
  }

  private static boolean hasOperation(List<PendingOperation> operations, String id) {
    return operations.stream().anyMatch(op -> op.itemId().equals(id));
  }

  /** Push, pull both tables, or nothing; a pull refused by failed operations makes the application settle them. */
  private boolean syncOnce(SyncClient client, Random random, Policy policy) {
    int dice = random.nextInt(3);
    if (dice == 0) {
      client.push();
      settleFailures(client, random, policy);
      return false;
    }
    if (dice == 1) {
      try {
        PullResult notes = client.table(NoteTable.DEFINITION).pull();
        PullResult labels = client.table(LabelTable.DEFINITION).pull();
        return notes.fetched() == 0 && labels.fetched() == 0;
      } catch (PendingOperationsException e) {
        settleFailures(client, random, policy);
      }
    }
    return false;
  }

  /**
   * The application settles failed operations: changes to items deleted on the service are discarded; conflicts
   * left failed (the leave-failed policy) are settled by keeping the service's copy, discarding, or retrying.
   */
  private void settleFailures(SyncClient client, Random random, Policy policy) {
    for (PendingOperation operation : client.pendingOperations()) {
      if (operation.state() != OperationState.FAILED) {
        continue;
      }
      OfflineTable<?> table = operation.table().equals("notes") ? client.table(NoteTable.DEFINITION)
          : client.table(LabelTable.DEFINITION);
      if (operation.lastError() != null && operation.lastError().contains("no longer exists")) {
        goneFailures++;
        table.discard(operation);
        continue;
      }
      settledByApp++;
      int choice = policy == Policy.LEAVE_FAILED ? random.nextInt(3) : 1;
      if (choice == 0) {
        table.keepServerCopy(operation);
      } else if (choice == 1 || operation.kind() == dev.offsync.operations.OperationKind.DELETE) {
        table.discard(operation);
      } else if (operation.table().equals("notes")) {
        OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
        notes.retry(operation, notes.get(operation.itemId()).orElseThrow().withText(token()));
      } else {
        OfflineTable<Label> labels = client.table(LabelTable.DEFINITION);
        labels.retry(operation, labels.get(operation.itemId()).orElseThrow().withName(token()));
      }
    }
  }

  /** Syncs every client in turn until a whole round changes nothing; returns the rounds it took. */
  private int quiesce(List<SyncClient> clients, Random random, Policy policy) {
    for (int round = 1; round <= 30; round++) {
      boolean quiet = true;
      for (SyncClient client : clients) {
        client.push();
        settleFailures(client, random, policy);
        quiet &= client.pendingOperationCount() == 0 && syncPull(client);
      }
      if (quiet) {
        return round;
      }
    }
    return -1;
  }

  private static boolean syncPull(SyncClient client) {
    try {
      return client.table(NoteTable.DEFINITION).pull().fetched() == 0
          & client.table(LabelTable.DEFINITION).pull().fetched() == 0;
    } catch (PendingOperationsException e) {
      return false;
    }
  }
}
