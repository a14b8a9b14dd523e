package dev.offsync.reliability;

import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delta tokens a store keeps, read from its file, checked against the service: after a complete sync each
 * token is the {@code (updatedAt, id)} of the table's newest record, soft-deleted ones included; a token
 * beyond it would skip records, one behind it would fetch them again.
 */
final class DeltaTokens {

  private DeltaTokens() {}

  /** The tokens of a store file by {@code table/queryId}; the file may be open in a client. */
  static Map<String, String> read(Path store) {
    Map<String, String> tokens = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT \"table\", \"queryId\", \"token\" FROM \"__deltatokens\"")) {
      while (rows.next()) {
        tokens.put(rows.getString(1) + "/" + rows.getString(2), rows.getString(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the delta tokens of " + store, e);
    }
    return tokens;
  }

  /** The problems with the store's tokens after a complete sync; empty when each is at the newest record. */
  static List<String> problems(Path store, SyncClient auditor) {
    Map<String, Optional<String>> newest = newest(auditor);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> token : read(store).entrySet()) {
      String table = token.getKey().substring(0, token.getKey().indexOf('/'));
      Optional<String> expected = newest.get(table);
      if (table.equals("labels")) {
        // Hard deletes leave no record, so the token may stand on a record deleted since: never behind.
        if (expected.isPresent() && compare(token.getValue(), expected.get()) < 0) {
          problems.add(token.getKey() + " is " + token.getValue() + ", behind the newest record " + expected.get());
        }
      } else if (expected.isEmpty() || !expected.get().equals(token.getValue())) {
        problems.add(token.getKey() + " is " + token.getValue() + ", the newest record is " + expected.orElse("none"));
      }
    }
    return problems;
  }

  /**
   * The tokens that stand beyond every record of the service, at any time (for example right after a crash): a
   * token can only come from a record the store applied, so none may.
   */
  static List<String> beyondTheService(Path store, SyncClient auditor) {
    Map<String, Optional<String>> newest = newest(auditor);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> token : read(store).entrySet()) {
      Optional<String> limit = newest.get(token.getKey().substring(0, token.getKey().indexOf('/')));
      if (token.getKey().startsWith("notes/") && (limit.isEmpty() || compare(token.getValue(), limit.get()) > 0)) {
        problems.add(token.getKey() + " is " + token.getValue() + ", beyond the newest record " + limit.orElse("none"));
      }
    }
    return problems;
  }

  /** The newest {@code (updatedAt, id)} of each table on the service, soft-deleted records included. */
  private static Map<String, Optional<String>> newest(SyncClient auditor) {
    return Map.of(
        "notes", newest(auditor.remoteTable(NoteTable.DEFINITION).list(Query.all().includeDeleted(true)).stream()
            .map(n -> token(n.updatedAt(), n.id()))),
        "labels", newest(auditor.remoteTable(LabelTable.DEFINITION).list(Query.all()).stream()
            .map(l -> token(l.updatedAt(), l.id()))));
  }

  private static Optional<String> newest(java.util.stream.Stream<String> tokens) {
    return tokens.max(Comparator.comparing((String t) -> t, DeltaTokens::compare));
  }

  static String token(Instant updatedAt, String id) {
    return dev.offsync.internal.generated.Values.formatInstant(updatedAt) + " " + id;
  }

  private static int compare(String a, String b) {
    Instant at = dev.offsync.internal.generated.Values.parseInstant(a.substring(0, a.indexOf(' ')));
    Instant bt = dev.offsync.internal.generated.Values.parseInstant(b.substring(0, b.indexOf(' ')));
    int byTime = at.compareTo(bt);
    return byTime != 0 ? byTime : a.substring(a.indexOf(' ') + 1).compareTo(b.substring(b.indexOf(' ') + 1));
  }
}
