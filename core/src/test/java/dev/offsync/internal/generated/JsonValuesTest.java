package dev.offsync.internal.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  private static final JsonFactory JSON = new JsonFactory();

  @Test
  void writesProtocolFormsAndNulls() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      JsonValues.writeInstant(out, "updatedAt", Instant.parse("2023-12-20T10:21:05.421987Z"));
      JsonValues.writeDecimal(out, "price", new BigDecimal("1000.0"));
      JsonValues.writeInt(out, "count", null);
      JsonValues.writeBytes(out, "data", new byte[] {1, 2, 3});
      out.writeEndObject();
    }
    assertThat(text.toString())
        .isEqualTo("{\"updatedAt\":\"2023-12-20T10:21:05.421Z\",\"price\":1000.0,\"count\":null,\"data\":\"AQID\"}");
  }

  @Test
  void aDecimalWithANegativeScaleIsRefusedNamingTheColumn() throws IOException {
    try (JsonGenerator out = JSON.createGenerator(new StringWriter())) {
      out.writeStartObject();
      assertThatThrownBy(() -> JsonValues.writeDecimal(out, "price", new BigDecimal("1E+10")))
          .isInstanceOf(JsonGenerationException.class).hasMessageContaining("Column 'price' holds 1E+10");
    }
  }

  @Test
  void negativeZeroAndScaleSurviveTheWire() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      JsonValues.writeDouble(out, "ratio", -0.0);
      JsonValues.writeFloat(out, "small", -0.0f);
      JsonValues.writeDecimal(out, "price", new BigDecimal("0.000000100"));
      out.writeEndObject();
    }
    assertThat(text.toString()).isEqualTo("{\"ratio\":-0.0,\"small\":-0.0,\"price\":0.000000100}");
    assertThat(String.valueOf(JsonValues.readDouble(at("-0.0"), "ratio"))).isEqualTo("-0.0");
    assertThat(String.valueOf(JsonValues.readFloat(at("-0.0"), "small"))).isEqualTo("-0.0");
    assertThat(JsonValues.readDecimal(at("0.000000100"), "price")).isEqualTo(new BigDecimal("0.000000100"));
  }

  @Test
  void readsValuesAndDefaultsNullPrimitives() throws IOException {
    assertThat(JsonValues.readInt(at("null"), "count")).isZero();
    assertThat(JsonValues.readIntOrNull(at("null"), "count")).isNull();
    assertThat(JsonValues.readDecimal(at("1.50"), "price")).isEqualTo(new BigDecimal("1.50"));
    assertThat(JsonValues.readInstant(at("\"2023-12-20T10:21:05.421+00:00\""), "updatedAt"))
        .isEqualTo(Instant.parse("2023-12-20T10:21:05.421Z"));
    assertThat(JsonValues.readDouble(at("\"NaN\""), "ratio")).isNaN();
  }

  @Test
  void wrongTypesAndRangesNameTheColumn() {
    assertThatThrownBy(() -> JsonValues.readString(at("12"), "title"))
        .isInstanceOf(JsonParseException.class).hasMessageContaining("Column 'title' expects a string");
    assertThatThrownBy(() -> JsonValues.readInt(at("3000000000"), "count"))
        .isInstanceOf(InputCoercionException.class).hasMessageContaining("Column 'count'");
    assertThatThrownBy(() -> JsonValues.readByte(at("200"), "small"))
        .isInstanceOf(InputCoercionException.class).hasMessageContaining("Column 'small'");
    assertThatThrownBy(() -> JsonValues.readDate(at("\"14/10/1994\""), "born"))
        .isInstanceOf(JsonParseException.class).hasMessageContaining("Column 'born' expects a date");
    assertThatThrownBy(() -> JsonValues.readBoolean(at("\"true\""), "done"))
        .isInstanceOf(JsonParseException.class).hasMessageContaining("Column 'done' expects a boolean");
  }

  private static JsonParser at(String json) throws IOException {
    JsonParser in = JSON.createParser(json);
    in.nextToken();
    return in;
  }
}
