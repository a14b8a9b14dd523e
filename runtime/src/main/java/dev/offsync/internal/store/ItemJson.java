package dev.offsync.internal.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.errors.InvalidItemException;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.io.StringWriter;

/** Items as JSON text through their table definition's streaming codec, as the queue stores them. */
public final class ItemJson {

  /** Thread-safe once configured; shared because creating one is costly. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private ItemJson() {}

  /**
   * The entity as one JSON object.
   *
   * @throws InvalidItemException if the codec cannot write it
   */
  public static <T> String write(TableDefinition<T> table, T entity) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      table.writeJson(entity, out);
    } catch (IOException | RuntimeException e) {
      throw new InvalidItemException("Cannot write an item of table '" + table.tableName() + "' as JSON: "
          + e.getMessage(), e);
    }
    return text.toString();
  }

  /**
   * Reads one JSON object written by {@link #write} or received from the service.
   *
   * @throws InvalidItemException if the text is not an object the codec accepts
   */
  public static <T> Decoded<T> read(TableDefinition<T> table, String json) {
    try (JsonParser in = JSON.createParser(json)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidItemException("An item of table '" + table.tableName() + "' must be a JSON object");
      }
      return table.readJson(in);
    } catch (IOException e) {
      throw new InvalidItemException("Cannot read an item of table '" + table.tableName() + "' from JSON: "
          + e.getMessage(), e);
    }
  }
}
