package dev.offsync.benchmarks.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.benchmarks.micro.RawJdbc;
import dev.offsync.benchmarks.micro.StreamingCodec;
import dev.offsync.benchmarks.model.Item;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The limit of a full pull: a minimal program that fetches the same pages from the same server over HTTP
 * ({@code java.net.http}, the requests of {@link PullQueries}), streams each answer straight into hand-written
 * Jackson streaming code and upserts the rows with raw JDBC batches, one transaction per page with the page's
 * delta token, into a store file with Offsync's schema. It has the pipeline a careful programmer would give it,
 * Offsync's too: one thread fetches and parses a page while the caller applies the one before. It checks nothing
 * SQLite does not.
 *
 * <p>An earlier version read each answer whole ({@code sendAsync} with {@code ofByteArray}) and parsed it on
 * the applying thread: the body's buffers joined into one array and the extra hand-offs between the HTTP
 * client's threads cost more client CPU than Offsync's whole pull, so that "limit" was no limit.
 */
final class LimitPull {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final String UPSERT = "INSERT INTO \"items\" (\"id\", \"updatedAt\", \"version\", \"title\","
      + " \"description\", \"complete\", \"priority\", \"quantity\", \"price\", \"category\", \"dueDate\")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (\"id\") DO UPDATE SET"
      + " \"updatedAt\" = excluded.\"updatedAt\", \"version\" = excluded.\"version\","
      + " \"title\" = excluded.\"title\", \"description\" = excluded.\"description\","
      + " \"complete\" = excluded.\"complete\", \"priority\" = excluded.\"priority\","
      + " \"quantity\" = excluded.\"quantity\", \"price\" = excluded.\"price\","
      + " \"category\" = excluded.\"category\", \"dueDate\" = excluded.\"dueDate\"";
  private static final String TOKEN = "INSERT INTO \"__deltatokens\" (\"table\", \"queryId\", \"token\","
      + " \"updatedAt\") VALUES ('items', 'all', ?, ?) ON CONFLICT (\"table\", \"queryId\") DO UPDATE SET"
      + " \"token\" = excluded.\"token\", \"updatedAt\" = excluded.\"updatedAt\"";

  private LimitPull() {}

  /** What a pull did: items stored, requests sent, response bytes read. */
  record Pulled(long items, int requests, long bytes) {}

  /** One parsed page: its items, whether the service has more, its size in bytes. */
  private record Page(List<Item> items, boolean hasNext, long bytes) {}

  /** Pulls every record of table {@code items} from {@code service} into the store behind {@code connection}. */
  static Pulled pull(URI service, Connection connection) throws IOException, SQLException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService fetcher = Executors.newSingleThreadExecutor(task -> new Thread(task, "limit-fetch"));
    long items = 0;
    int requests = 0;
    long bytes = 0;
    try (Statement transaction = connection.createStatement();
        PreparedStatement upsert = connection.prepareStatement(UPSERT);
        PreparedStatement token = connection.prepareStatement(TOKEN)) {
      Future<Page> next = fetcher.submit(() -> fetch(http, PullQueries.first(service)));
      while (next != null) {
        Page page = result(next);
        requests++;
        bytes += page.bytes();
        if (page.items().isEmpty()) {
          break;
        }
        Item last = page.items().get(page.items().size() - 1);
        next = page.hasNext()
            ? fetcher.submit(() -> fetch(http, PullQueries.after(service, last.updatedAt(), last.id()))) : null;
        transaction.execute("BEGIN IMMEDIATE");
        for (Item item : page.items()) {
          RawJdbc.bindRow(upsert, item);
          upsert.addBatch();
        }
        upsert.executeBatch();
        token.setString(1, last.updatedAt() + " " + last.id());
        token.setLong(2, System.currentTimeMillis());
        token.executeUpdate();
        transaction.execute("COMMIT");
        items += page.items().size();
      }
    } finally {
      fetcher.shutdownNow();
    }
    return new Pulled(items, requests, bytes);
  }

  /** Sends one list request and parses its answer as it streams in. */
  private static Page fetch(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = http.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
    try (CountingStream body = new CountingStream(response.body());
        JsonParser in = JSON.createParser(body)) {
      if (response.statusCode() != 200) {
        throw new IOException("GET " + uri + " answered " + response.statusCode());
      }
      List<Item> items = new ArrayList<>();
      boolean hasNext = false;
      in.nextToken();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        JsonToken value = in.nextToken();
        if (name.equals("items")) {
          while (in.nextToken() == JsonToken.START_OBJECT) {
            items.add(StreamingCodec.read(in));
          }
        } else if (name.equals("nextLink")) {
          hasNext = value != JsonToken.VALUE_NULL;
        } else {
          in.skipChildren();
        }
      }
      return new Page(items, hasNext, body.count());
    }
  }

  private static Page result(Future<Page> page) throws IOException, InterruptedException {
    try {
      return page.get();
    } catch (ExecutionException e) {
      throw new IOException("A page request failed", e.getCause());
    }
  }

  private static HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri).header("ZUMO-API-VERSION", "3.0.0").header("Accept", "application/json")
        .GET().build();
  }

  /** One GET of {@code uri}, its body whole (the raw request beside an incremental pull). */
  static byte[] get(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(0, n);
      return n;
    }
  }
}
