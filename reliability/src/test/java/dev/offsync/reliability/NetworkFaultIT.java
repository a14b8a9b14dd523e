package dev.offsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.errors.NetworkException;
import dev.offsync.errors.OffsyncException;
import dev.offsync.RetryPolicy;
import dev.offsync.errors.ServiceException;
import dev.offsync.SyncClient;
import dev.offsync.testing.FaultProxy;
import dev.offsync.testing.FaultProxy.Exchange;
import dev.offsync.testing.FaultProxy.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 2, network faults: two clients sync through a {@link FaultProxy} that resets connections before and
 * after the server saw the request and in the middle of the response, truncates bodies, adds latency, answers
 * 500/502/503/429 and stalls. The application's sync loop retries until it succeeds (bounded); at the end every
 * client equals the service, every write is there, and none was applied twice.
 */
class NetworkFaultIT {

  private static final int FAULT_PERCENT = 30;
  private static final Fault[] FAULTS = {Fault.RESET_BEFORE_REQUEST, Fault.RESET_AFTER_REQUEST,
      Fault.RESET_MID_RESPONSE, Fault.TRUNCATED_BODY, Fault.LATENCY, Fault.STATUS_500,
      Fault.STATUS_502_AFTER_REQUEST, Fault.STATUS_503, Fault.STATUS_429, Fault.STALL, Fault.STALL_AFTER_REQUEST};

  @TempDir
  Path folder;

  private final Map<String, String> expected = new HashMap<>();
  private final List<String> mistyped = new ArrayList<>();
  private int syncErrors;

  @Test
  void syncConvergesThroughEveryKindOfFaultWithNothingLostOrDuplicated() throws Exception {
    long seed = Seeds.seed();
    Random random = new Random(seed);
    Random faults = new Random(seed + 1);
    int steps = Scale.of(150, 1_500);
    try (ReferenceServer server = ReferenceServer.sqlite(folder);
        FaultProxy proxy = new FaultProxy(server.uri(), exchange -> plan(faults));
        SyncClient auditor = Clients.auditor(server.uri());
        SyncClient a = device(proxy, "a");
        SyncClient b = device(proxy, "b")) {
      List<SyncClient> clients = List.of(a, b);
      for (int step = 0; step < steps; step++) {
        int which = random.nextInt(2);
        edit(clients.get(which), which == 0 ? "a" : "b", step, random);
        syncOnce(clients.get(which), random);
      }
      int rounds = 0;
      for (int pass = 0; pass < 2; pass++) {
        for (SyncClient client : clients) {
          rounds += Sync.toCompletion(client, 60);
        }
      }
      State service = State.service(auditor);
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < clients.size(); i++) {
        State.local(clients.get(i)).differences(service, "client " + i, "service").forEach(problems::add);
      }
      int lost = lost(service, problems);
      List<String> duplicates = CommitLog.duplicates(server.log().commits());
      Summary.report("network: " + steps + " steps, " + describe(proxy.exchanges()) + ", " + syncErrors
          + " sync calls failed and were retried, " + rounds + " final sync rounds, " + lost + " lost, "
          + duplicates.size() + " duplicated");
      assertThat(problems).as(Seeds.replay(seed)).isEmpty();
      assertThat(mistyped).as("failures not typed as retryable; " + Seeds.replay(seed)).isEmpty();
      assertThat(duplicates).as(Seeds.replay(seed)).isEmpty();
      for (String name : List.of("a", "b")) {
        assertThat(DeltaTokens.problems(folder.resolve(name + ".db"), auditor)).as(Seeds.replay(seed)).isEmpty();
      }
    }
  }

  /**
   * Three clients edit the same few notes under faults, with client wins: lost answers now meet genuine
   * conflicts too. Every client must still end equal to the service, with nothing left queued.
   */
  @Test
  void sharedItemsConvergeThroughFaultsWhenTheClientWins() throws Exception {
    long seed = Seeds.seed() + 1;
    Random random = new Random(seed);
    Random faults = new Random(seed + 1);
    int steps = Scale.of(100, 1_000);
    int[] resolved = new int[1];
    List<SyncClient> clients = new ArrayList<>();
    try (ReferenceServer server = ReferenceServer.sqlite(folder);
        FaultProxy proxy = new FaultProxy(server.uri(), exchange -> plan(faults));
        SyncClient auditor = Clients.auditor(server.uri())) {
      for (String name : List.of("x", "y", "z")) {
        clients.add(Clients.device(folder.resolve(name + ".db"), proxy.uri())
            .readTimeout(Duration.ofMillis(400))
            .retryPolicy(RetryPolicy.exponentialBackoff(3, Duration.ofMillis(1), Duration.ofMillis(20)))
            .conflictResolver(NoteTable.DEFINITION, conflict -> {
              resolved[0]++;
              return dev.offsync.conflict.Resolution.clientWins();
            })
            .build());
      }
      for (int step = 0; step < steps; step++) {
        SyncClient client = clients.get(random.nextInt(clients.size()));
        editShared(client, "s" + random.nextInt(6), step, random);
        syncOnce(client, random);
      }
      int discarded = 0;
      int rounds = 0;
      while (rounds++ < 60 && !converged(clients, auditor)) {
        for (SyncClient client : clients) {
          discarded += syncAndDiscardGone(client);
        }
      }
      List<String> problems = new ArrayList<>();
      State service = State.service(auditor);
      for (int i = 0; i < clients.size(); i++) {
        State.local(clients.get(i)).differences(service, "client " + i, "service").forEach(problems::add);
        clients.get(i).pendingOperations().forEach(op -> problems.add("left queued: " + op));
      }
      Summary.report("network[shared, client-wins]: 3 clients, " + steps + " steps on 6 shared notes, "
          + describe(proxy.exchanges()) + ", " + resolved[0] + " conflicts resolved, " + discarded
          + " changes to items deleted elsewhere discarded, converged: " + (problems.isEmpty() ? "yes" : "NO"));
      assertThat(problems).as(Seeds.replay(seed)).isEmpty();
      assertThat(mistyped).as("failures not typed as retryable; " + Seeds.replay(seed)).isEmpty();
    } finally {
      clients.forEach(SyncClient::close);
    }
  }

  private static void editShared(SyncClient client, String id, int step, Random random) {
    OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
    String token = "v" + step;
    if (notes.get(id).isPresent()) {
      if (random.nextInt(5) == 0) {
        notes.delete(id);
      } else {
        notes.update(notes.get(id).orElseThrow().withText(token));
      }
    } else if (notes.pendingOperations().stream().noneMatch(op -> op.itemId().equals(id))) {
      notes.insert(Note.of(id, token));
    }
  }

  /** Whether every client equals the service with nothing queued. */
  private static boolean converged(List<SyncClient> clients, SyncClient auditor) {
    State service = State.service(auditor);
    return clients.stream().allMatch(c -> c.pendingOperationCount() == 0 && State.local(c).equals(service));
  }

  /** One round of the application's loop: push, discard changes to items deleted elsewhere, pull. */
  private int syncAndDiscardGone(SyncClient client) {
    int discarded = 0;
    try {
      client.push().stoppedBy().ifPresent(this::failed);
      OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
      for (dev.offsync.operations.PendingOperation operation : notes.pendingOperations()) {
        if (operation.state() == dev.offsync.operations.OperationState.FAILED) {
          assertThat(operation.lastError()).contains("no longer exists");
          notes.discard(operation);
          discarded++;
        }
      }
      notes.pull();
      client.table(LabelTable.DEFINITION).pull();
    } catch (dev.offsync.errors.PendingOperationsException e) {
      // Failed operations meanwhile: the next round settles them.
    } catch (OffsyncException e) {
      failed(e);
    }
    return discarded;
  }

  private static Fault plan(Random faults) {
    synchronized (faults) {
      return faults.nextInt(100) < FAULT_PERCENT ? FAULTS[faults.nextInt(FAULTS.length)] : Fault.NONE;
    }
  }

  private SyncClient device(FaultProxy proxy, String name) {
    return Clients.device(folder.resolve(name + ".db"), proxy.uri())
        .readTimeout(Duration.ofMillis(400))
        .retryPolicy(RetryPolicy.exponentialBackoff(3, Duration.ofMillis(1), Duration.ofMillis(20)))
        .pushParallelism(name.equals("a") ? 1 : 4)
        .build();
  }

  /** One to four local writes on the client's own items; every one is acknowledged, since it is in-process. */
  private void edit(SyncClient client, String owner, int step, Random random) {
    OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
    OfflineTable<Label> labels = client.table(LabelTable.DEFINITION);
    for (int i = random.nextInt(4); i >= 0; i--) {
      String token = owner + step + "." + i;
      List<Note> mine = notes.query().list();
      List<Label> myLabels = labels.query().list();
      mine.removeIf(n -> !n.id().startsWith(owner + "-"));
      myLabels.removeIf(l -> !l.id().startsWith(owner + "-"));
      int dice = random.nextInt(10);
      if (dice < 3 || mine.isEmpty()) {
        String id = owner + "-" + token;
        if (random.nextBoolean()) {
          notes.insert(Note.of(id, token));
          expected.put("notes/" + id, token);
        } else {
          labels.insert(Label.of(id, token));
          expected.put("labels/" + id, token);
        }
      } else if (dice < 8) {
        Note note = mine.get(random.nextInt(mine.size()));
        notes.update(note.withText(token).withCounter(step));
        expected.put("notes/" + note.id(), token);
      } else if (dice < 9 && !myLabels.isEmpty()) {
        // Labels are hard-deleted on the service, which other clients' pulls cannot learn: never deleted here.
        Label label = myLabels.get(random.nextInt(myLabels.size()));
        labels.update(label.withName(token));
        expected.put("labels/" + label.id(), token);
      } else {
        Note note = mine.get(random.nextInt(mine.size()));
        notes.delete(note.id());
        expected.put("notes/" + note.id(), null);
      }
    }
  }

  private void syncOnce(SyncClient client, Random random) {
    try {
      int dice = random.nextInt(3);
      if (dice == 0) {
        client.push().stoppedBy().ifPresent(this::failed);
      } else if (dice == 1) {
        client.table(NoteTable.DEFINITION).pull();
        client.table(LabelTable.DEFINITION).pull();
      }
    } catch (OffsyncException e) {
      failed(e);
    }
  }

  private void failed(OffsyncException e) {
    syncErrors++;
    if (!isRetryable(e)) {
      mistyped.add(e.toString());
    }
  }

  /**
   * A fault of the network or the gateway must say "try again": a network error, 5xx or 429. (A pull refused
   * because operations failed is no fault of the network: the final checks find such operations.)
   */
  private static boolean isRetryable(OffsyncException e) {
    return e instanceof NetworkException || e instanceof ServiceException service && service.isRetryable()
        || e instanceof dev.offsync.errors.PendingOperationsException;
  }

  /** Items whose last write is not what the service holds. */
  private int lost(State service, List<String> problems) {
    int lost = 0;
    for (Map.Entry<String, String> item : expected.entrySet()) {
      String actual = service.tokens().get(item.getKey());
      if (!Objects.equals(item.getValue(), actual)) {
        lost++;
        problems.add(item.getKey() + ": the last write made it " + item.getValue() + ", the service has " + actual);
      }
    }
    service.tokens().keySet().stream().filter(key -> !expected.containsKey(key))
        .forEach(key -> problems.add(key + " is on the service but no client wrote it"));
    return lost;
  }

  private static String describe(List<Exchange> exchanges) {
    Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    exchanges.forEach(exchange -> counts.merge(exchange.fault(), 1, Integer::sum));
    int faults = exchanges.size() - counts.getOrDefault(Fault.NONE, 0);
    Map<String, Integer> named = new TreeMap<>();
    counts.forEach((fault, count) -> {
      if (fault != Fault.NONE) {
        named.put(fault.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), count);
      }
    });
    return exchanges.size() + " exchanges, " + faults + " faults " + named;
  }
}
