package dev.offsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.OfflineTable;
import dev.offsync.PullResult;
import dev.offsync.errors.ServiceException;
import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import dev.offsync.reliability.HostileService.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 4, a hostile service: after a valid pull, the service answers the next pull with invalid JSON in
 * the middle of a page, wrong field types, an item without {@code id} or {@code updatedAt}, a 5 MB id, an
 * HTML page with status 200, an empty body, a nextLink to another host or a nextLink loop. Each must be a
 * typed {@link ServiceException}; nothing of the bad page is applied, the delta token does not move, and the
 * store goes on working: a local write and the next valid pull succeed.
 */
class HostileServiceIT {

  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final String HUGE = "x".repeat(5 * 1024 * 1024);

  @TempDir
  Path folder;

  private final List<String> failures = new ArrayList<>();

  /** The hostile answers, by name; each replaces one whole list response. */
  private static Map<String, String> hostilePages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("invalid JSON mid-page", "{\"items\":[" + item("n4", 4) + "," + item("n5", 5)
        + ",{\"id\":\"n6\",\"text\":\"x\",,\"counter\":]}");
    pages.put("text is a number", page(item("n4", 4).replace("\"text\":\"n4\"", "\"text\":42")));
    pages.put("counter is a string", page(item("n4", 4).replace("\"counter\":4", "\"counter\":\"many\"")));
    pages.put("counter is an object", page(item("n4", 4).replace("\"counter\":4", "\"counter\":{\"a\":1}")));
    pages.put("updatedAt is a number", page(item("n4", 4).replaceAll("\"updatedAt\":\"[^\"]*\"",
        "\"updatedAt\":1714557604000")));
    pages.put("updatedAt is not a date", page(item("n4", 4).replaceAll("\"updatedAt\":\"[^\"]*\"",
        "\"updatedAt\":\"yesterday\"")));
    pages.put("deleted is a string", page(item("n4", 4).replace("\"deleted\":false", "\"deleted\":\"yes\"")));
    pages.put("id is a number", page(item("n4", 4).replace("\"id\":\"n4\"", "\"id\":4")));
    pages.put("items is an object", "{\"items\":{\"id\":\"n4\"}}");
    pages.put("an item is an array", "{\"items\":[" + item("n4", 4) + ",[1,2]]}");
    pages.put("missing id", page(item("n4", 4) + "," + item("n5", 5).replace("\"id\":\"n5\",", "")));
    pages.put("item without updatedAt", page(item("n4", 4) + "," + item("n5", 5)
        .replaceAll(",\"updatedAt\":\"[^\"]*\"", "")));
    pages.put("5 MB id", page(item("n4", 4) + "," + item("n5", 5).replace("\"id\":\"n5\"", "\"id\":\"" + HUGE
        + "\"")));
    pages.put("id outside the pattern", page(item("n4", 4).replace("\"id\":\"n4\"", "\"id\":\"a b/c\"")));
    pages.put("nextLink to another host", "{\"items\":[" + item("n4", 4) + "],\"nextLink\":"
        + "\"http://198.51.100.7:8080/tables/notes?$skip=1\"}");
    pages.put("nextLink with another scheme", "{\"items\":[" + item("n4", 4) + "],\"nextLink\":"
        + "\"file:///etc/passwd\"}");
    pages.put("records older than the token", page(item("n1", 1)));
    pages.put("trailing garbage", page(item("n4", 4)) + "<html>");
    return pages;
  }

  /** Replies that are not JSON at all, by name. */
  private static Map<String, Reply> hostileReplies() {
    Map<String, Reply> replies = new LinkedHashMap<>();
    replies.put("HTML with status 200", new Reply(200, "text/html", ("<!DOCTYPE html><html><body><h1>Service"
        + " Unavailable</h1></body></html>").getBytes(StandardCharsets.UTF_8)));
    replies.put("empty body with status 200", new Reply(200, "application/json", new byte[0]));
    replies.put("JSON null", Reply.json("null"));
    replies.put("a bare string", Reply.json("\"ok\""));
    return replies;
  }

  @Test
  void everyHostileAnswerIsATypedErrorAndChangesNothing() throws Exception {
    int cases = 0;
    try (HostileService service = new HostileService()) {
      for (Map.Entry<String, String> page : hostilePages().entrySet()) {
        check(service, page.getKey(), target -> Reply.json(page.getValue()), cases++);
      }
      for (Map.Entry<String, Reply> reply : hostileReplies().entrySet()) {
        check(service, reply.getKey(), target -> reply.getValue(), cases++);
      }
      check(service, "5 MB text (valid data: applied)", null, cases++);
      checkSecondPage(service, cases++);
      checkNextLinkLoop(service, cases++);
      checkRemoteTable(service);
      cases += 2;
    }
    Summary.report("hostile-service: " + (cases - 1) + " invalid answers, each to be refused with a"
        + " ServiceException, nothing applied, the delta token unchanged and the store usable after; 1 valid 5 MB"
        + " text to be stored intact; " + failures.size() + " failures");
    assertThat(failures).isEmpty();
  }

  /** A valid pull, the hostile answer (or, for null, the 5 MB text), then a local write and a valid pull. */
  private void check(HostileService service, String name, Function<String, Reply> hostile, int n) {
    try (SyncClient client = Clients.device(folder.resolve("case-" + n + ".db"), service.uri()).build()) {
      OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
      service.answer(target -> Reply.json(page(item("n1", 1) + "," + item("n2", 2) + "," + item("n3", 3))));
      notes.pull();
      State before = State.local(client);
      Map<String, String> tokens = DeltaTokens.read(folder.resolve("case-" + n + ".db"));
      if (hostile == null) {
        service.answer(target -> Reply.json(page(item("n4", 4).replace("\"text\":\"n4\"", "\"text\":\"" + HUGE
            + "\""))));
        PullResult pulled = notes.pull();
        expect(name, pulled.upserted() == 1 && notes.get("n4").orElseThrow().text().length() == HUGE.length(),
            "the 5 MB text was not stored intact");
      } else {
        service.answer(hostile);
        expectTypedError(name, notes::pull);
        expect(name, State.local(client).equals(before), "the bad page changed the store: "
            + State.local(client).differences(before, "after", "before"));
        expect(name, DeltaTokens.read(folder.resolve("case-" + n + ".db")).equals(tokens), "the token moved");
      }
      stillUsable(service, name, notes, 9);
    } catch (RuntimeException e) {
      failures.add(name + ": " + e);
    }
  }

  /** The hostile answer comes for the second page of a pull: the first stays applied, the second does not. */
  private void checkSecondPage(HostileService service, int n) {
    String name = "invalid JSON on the second page";
    Path store = folder.resolve("case-" + n + ".db");
    try (SyncClient client = Clients.device(store, service.uri()).build()) {
      OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
      service.answer(target -> target.contains("n2") ? Reply.json("{\"items\":[" + item("n3", 3) + ",{\"id\":")
          : Reply.json("{\"items\":[" + item("n1", 1) + "," + item("n2", 2) + "],\"nextLink\":\"$skip=2\"}"));
      expectTypedError(name, notes::pull);
      expect(name, notes.get("n2").isPresent() && notes.get("n3").isEmpty(), "pages applied wrongly");
      expect(name, DeltaTokens.read(store).values().stream().allMatch(t -> t.endsWith(" n2")),
          "the token is not at the end of the first page: " + DeltaTokens.read(store));
      stillUsable(service, name, notes, 9);
    } catch (RuntimeException e) {
      failures.add(name + ": " + e);
    }
  }

  /** The service sends the same page with a nextLink forever: detected, applied once. */
  private void checkNextLinkLoop(HostileService service, int n) {
    String name = "nextLink loop";
    Path store = folder.resolve("case-" + n + ".db");
    try (SyncClient client = Clients.device(store, service.uri()).build()) {
      OfflineTable<Note> notes = client.table(NoteTable.DEFINITION);
      service.answer(target -> Reply.json("{\"items\":[" + item("n1", 1) + "," + item("n2", 2) + "],"
          + "\"nextLink\":\"$skip=0\"}"));
      int before = service.targets().size();
      expectTypedError(name, notes::pull);
      expect(name, service.targets().size() - before <= 3, "the loop took " + (service.targets().size() - before)
          + " requests to detect");
      expect(name, notes.query().count() == 2, "the looping page was applied " + notes.query().count() / 2
          + " times");
      stillUsable(service, name, notes, 9);
    } catch (RuntimeException e) {
      failures.add(name + ": " + e);
    }
  }

  /** Remote tables follow nextLinks verbatim: a loop and a foreign host are refused too. */
  private void checkRemoteTable(HostileService service) {
    try (SyncClient client = Clients.device(folder.resolve("remote.db"), service.uri()).build()) {
      service.answer(target -> Reply.json("{\"items\":[" + item("n1", 1) + "],\"nextLink\":\"$skip=0\"}"));
      expectTypedError("remote nextLink loop", () -> client.remoteTable(NoteTable.DEFINITION).list(Query.all()));
      service.answer(target -> Reply.json("{\"items\":[" + item("n1", 1) + "],\"nextLink\":"
          + "\"http://198.51.100.7/tables/notes?$skip=1\"}"));
      expectTypedError("remote nextLink to another host",
          () -> client.remoteTable(NoteTable.DEFINITION).list(Query.all()));
    }
  }

  /** A local write works, and the next valid pull applies its page and moves the token. */
  private void stillUsable(HostileService service, String name, OfflineTable<Note> notes, int second) {
    notes.insert(Note.of("local-" + second, "local"));
    notes.discard(notes.pendingOperations().get(0));
    service.answer(target -> Reply.json(page(item("n" + second, second))));
    PullResult pulled = notes.pull();
    expect(name, pulled.upserted() == 1 && notes.get("n" + second).isPresent(), "the next valid pull failed");
  }

  private void expectTypedError(String name, Runnable call) {
    try {
      call.run();
      failures.add(name + ": accepted");
    } catch (ServiceException expected) {
      // The typed error for an answer that is not a valid Datasync answer.
    } catch (RuntimeException e) {
      failures.add(name + ": not a ServiceException but " + e);
    }
  }

  private void expect(String name, boolean condition, String problem) {
    if (!condition) {
      failures.add(name + ": " + problem);
    }
  }

  private static String page(String items) {
    return "{\"items\":[" + items + "],\"count\":null,\"nextLink\":null}";
  }

  /** A valid item {@code id} whose {@code updatedAt} is {@code second} seconds after T0. */
  private static String item(String id, int second) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + id + "\",\"counter\":" + second + ",\"updatedAt\":\""
        + T0.plusSeconds(second) + "\",\"version\":\"v" + second + "\",\"deleted\":false}";
  }
}
