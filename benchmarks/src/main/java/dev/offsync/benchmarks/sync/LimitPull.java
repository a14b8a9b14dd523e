package dev.offsync.benchmarks.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.benchmarks.micro.RawJdbc;
import dev.offsync.benchmarks.micro.StreamingCodec;
import dev.offsync.benchmarks.model.Item;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The limit of a full pull: the captured response bytes, parsed with hand-written Jackson streaming code
 * and upserted with raw JDBC batches, one transaction per page with the page's delta token, into a store
 * file with Offsync's schema. No HTTP, no checks beyond SQLite's.
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

  /** Applies every captured page; returns the number of items stored. */
  static long apply(Path pages, Connection connection) throws IOException, SQLException {
    long items = 0;
    try (PageCapture.Reader reader = new PageCapture.Reader(pages);
        Statement transaction = connection.createStatement();
        PreparedStatement upsert = connection.prepareStatement(UPSERT);
        PreparedStatement token = connection.prepareStatement(TOKEN)) {
      byte[] page;
      while ((page = reader.next()) != null) {
        transaction.execute("BEGIN IMMEDIATE");
        Item last = null;
        try (JsonParser in = JSON.createParser(page)) {
          in.nextToken();
          while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            if (!name.equals("items")) {
              in.skipChildren();
              continue;
            }
            while (in.nextToken() == JsonToken.START_OBJECT) {
              last = StreamingCodec.read(in);
              RawJdbc.bindRow(upsert, last);
              upsert.addBatch();
              items++;
            }
          }
        }
        upsert.executeBatch();
        token.setString(1, last.updatedAt() + " " + last.id());
        token.setLong(2, System.currentTimeMillis());
        token.executeUpdate();
        transaction.execute("COMMIT");
      }
    }
    return items;
  }
}
