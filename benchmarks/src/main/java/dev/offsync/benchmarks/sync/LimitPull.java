package dev.offsync.benchmarks.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.benchmarks.micro.RawJdbc;
import dev.offsync.benchmarks.micro.StreamingCodec;
import dev.offsync.benchmarks.model.Item;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The limit of a full pull: a minimal program that fetches the same pages from the same server over HTTP
 * ({@code java.net.http}, the requests of {@link PullQueries}), parses them with hand-written Jackson
 * streaming code and upserts them with raw JDBC batches, one transaction per page with the page's delta token,
 * into a store file with Offsync's schema. Like Offsync's pull it asks for the next page as soon as it has
 * parsed the current one and applies the current one meanwhile. It checks nothing SQLite does not.
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

  /** Pulls every record of table {@code items} from {@code service} into the store behind {@code connection}. */
  static Pulled pull(URI service, Connection connection) throws IOException, SQLException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long items = 0;
    int requests = 0;
    long bytes = 0;
    try (Statement transaction = connection.createStatement();
        PreparedStatement upsert = connection.prepareStatement(UPSERT);
        PreparedStatement token = connection.prepareStatement(TOKEN)) {
      CompletableFuture<HttpResponse<byte[]>> next = get(http, PullQueries.first(service));
      while (next != null) {
        byte[] page = body(next);
        requests++;
        bytes += page.length;
        // Parse the page into the batch; then ask for the next one before applying this one.
        Item last = null;
        boolean hasNext = false;
        int count = 0;
        try (JsonParser in = JSON.createParser(page)) {
          in.nextToken();
          while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            JsonToken value = in.nextToken();
            if (name.equals("items")) {
              while (in.nextToken() == JsonToken.START_OBJECT) {
                last = StreamingCodec.read(in);
                RawJdbc.bindRow(upsert, last);
                upsert.addBatch();
                count++;
              }
            } else if (name.equals("nextLink")) {
              hasNext = value != JsonToken.VALUE_NULL;
            } else {
              in.skipChildren();
            }
          }
        }
        if (count == 0) {
          break;
        }
        next = hasNext ? get(http, PullQueries.after(service, last.updatedAt(), last.id())) : null;
        transaction.execute("BEGIN IMMEDIATE");
        upsert.executeBatch();
        token.setString(1, last.updatedAt() + " " + last.id());
        token.setLong(2, System.currentTimeMillis());
        token.executeUpdate();
        transaction.execute("COMMIT");
        items += count;
      }
    }
    return new Pulled(items, requests, bytes);
  }

  static CompletableFuture<HttpResponse<byte[]>> get(HttpClient http, URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).header("ZUMO-API-VERSION", "3.0.0")
        .header("Accept", "application/json").GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static byte[] body(CompletableFuture<HttpResponse<byte[]>> answer) throws IOException, InterruptedException {
    HttpResponse<byte[]> response;
    try {
      response = answer.get();
    } catch (ExecutionException e) {
      throw new IOException("A page request failed", e.getCause());
    }
    if (response.statusCode() != 200) {
      throw new IOException("GET " + response.uri() + " answered " + response.statusCode());
    }
    return response.body();
  }
}
