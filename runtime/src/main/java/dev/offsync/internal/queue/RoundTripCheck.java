package dev.offsync.internal.queue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import dev.offsync.UnsupportedValueException;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses, before a local write, the values that cannot make the round trip device → service → device unchanged
 * (invariant 9): the item is written through its own codec into a generator that inspects each value, so the
 * check sees exactly what a push would send.
 */
final class RoundTripCheck {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private RoundTripCheck() {}

  /** Writes nowhere ({@code Writer.nullWriter()} is Java 11, not in Android API 26). */
  private static final class Discard extends Writer {
    @Override
    public void write(char[] buffer, int offset, int length) { }

    @Override
    public void flush() { }

    @Override
    public void close() { }
  }

  /**
   * Checks every synchronized value of {@code entity}.
   *
   * @throws UnsupportedValueException naming the first field whose value cannot make the round trip
   */
  static <T> void check(TableDefinition<T> table, T entity) {
    Inspector out;
    try {
      out = new Inspector(JSON.createGenerator(new Discard()), instants(table));
    } catch (IOException e) {
      throw new IllegalStateException("A generator over a null writer cannot fail", e);
    }
    try (out) {
      table.writeJson(entity, out);
    } catch (Refused refused) {
      throw new UnsupportedValueException(table.tableName(), out.field, refused.getMessage());
    } catch (JsonGenerationException e) {
      // The codec refuses the value itself (a decimal with a negative scale) and says why.
      throw new UnsupportedValueException(table.tableName(), out.field, e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      // The codec itself cannot write it (Instant.MAX, for example): the same refusal, with its reason.
      throw new UnsupportedValueException(table.tableName(), out.field, "the codec cannot write it ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  private static Set<String> instants(TableDefinition<?> table) {
    return table.columns().stream().filter(column -> column.type() == ColumnType.DATETIME)
        .map(ColumnDefinition::name).collect(Collectors.toSet());
  }

  /** A value the service would refuse or change. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Remembers the current field and refuses values that would not come back as they are. */
  private static final class Inspector extends JsonGeneratorDelegate {

    private final Set<String> instantFields;
    private String field = "?";

    Inspector(JsonGenerator out, Set<String> instantFields) {
      super(out, false);
      this.instantFields = instantFields;
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      field = name;
      super.writeFieldName(name);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null) {
        checkSurrogates(text);
        if (instantFields.contains(field)) {
          checkYear(text);
        }
      }
      super.writeString(text);
    }

    @Override
    public void writeNumber(double value) throws IOException {
      if (!Double.isFinite(value)) {
        throw new Refused(value + " is not a number JSON can carry");
      }
      checkSignedZero(Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0d));
      super.writeNumber(value);
    }

    @Override
    public void writeNumber(float value) throws IOException {
      if (!Float.isFinite(value)) {
        throw new Refused(value + " is not a number JSON can carry");
      }
      checkSignedZero(Float.floatToRawIntBits(value) == Float.floatToRawIntBits(-0.0f));
      super.writeNumber(value);
    }

    /**
     * SQLite stores a whole {@code REAL} as an integer, so a {@code REAL} column (the device's store, the
     * reference server's SQLite storage) gives {@code -0.0} back as {@code 0.0}.
     */
    private static void checkSignedZero(boolean negativeZero) {
      if (negativeZero) {
        throw new Refused("-0.0 comes back from SQLite as 0.0; store 0.0");
      }
    }

    /** UTF-8 has no form for a lone or reversed surrogate: the store and the wire would turn it into '?'. */
    private static void checkSurrogates(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new Refused("it holds a lone surrogate at index " + i + ", which UTF-8 cannot encode");
        }
      }
    }

    /** Instants travel as four-digit-year ISO text and are stored as epoch milliseconds: years 0001 to 9999. */
    private static void checkYear(String text) {
      boolean fourDigits = text.length() > 4 && text.charAt(4) == '-' && Character.isDigit(text.charAt(0));
      if (!fourDigits || text.startsWith("0000")) {
        throw new Refused("instants must lie in the years 0001 to 9999 (UTC)");
      }
    }
  }
}
