package dev.offsync.testing.tasks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.schema.ColumnConverter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A {@code List<String>} as a JSON array in a text column: the converter {@link TaskData} registers. */
public final class StringListJson implements ColumnConverter<List<String>, String> {

  private static final JsonFactory JSON = new JsonFactory();

  /** The converter; generated code creates it. */
  public StringListJson() {}

  @Override
  public String toColumn(List<String> value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartArray();
      for (String item : value) {
        out.writeString(item);
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  @Override
  public List<String> fromColumn(String value) {
    List<String> items = new ArrayList<>();
    try (JsonParser in = JSON.createParser(value)) {
      in.nextToken();
      while (in.nextToken() == JsonToken.VALUE_STRING) {
        items.add(in.getText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(items);
  }
}
