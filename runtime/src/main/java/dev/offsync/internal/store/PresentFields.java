package dev.offsync.internal.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parser that notes which of a table's synchronized columns an item's JSON object names, while the table's
 * codec reads it through this parser; the codec leaves an absent column at its default, which must not be
 * taken for the service's value (a service that lacks the column). Names match ignoring case, as the codecs
 * read them. Call {@link #startItem()} at each item's {@code START_OBJECT}, then {@link #missing()} after it.
 */
public final class PresentFields extends JsonParserDelegate {

  private final List<ColumnDefinition> synced = new ArrayList<>();
  private final Map<String, Integer> byName = new HashMap<>();
  private final boolean[] seen;
  private int seenCount;
  private JsonStreamContext item;

  /** Notes the columns of {@code table} named by the objects that {@code parser} reads. */
  public PresentFields(TableDefinition<?> table, JsonParser parser) {
    super(parser);
    for (ColumnDefinition column : table.columns()) {
      if (!column.localOnly()) {
        byName.put(column.name(), synced.size());
        byName.put(column.name().toLowerCase(Locale.ROOT), synced.size());
        synced.add(column);
      }
    }
    seen = new boolean[synced.size()];
  }

  /** Starts noting the fields of the object whose {@code START_OBJECT} is the current token. */
  public void startItem() {
    item = delegate.getParsingContext();
    Arrays.fill(seen, false);
    seenCount = 0;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.FIELD_NAME && seenCount < seen.length && delegate.getParsingContext() == item) {
      note(delegate.currentName());
    }
    return token;
  }

  private void note(String name) {
    Integer index = byName.get(name);
    if (index == null) {
      index = byName.get(name.toLowerCase(Locale.ROOT));
    }
    if (index != null && !seen[index]) {
      seen[index] = true;
      seenCount++;
    }
  }

  /** The synchronized columns the last item did not name, in column order; usually empty. */
  public List<String> missing() {
    if (seenCount == seen.length) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        missing.add(synced.get(i).name());
      }
    }
    return missing;
  }
}
