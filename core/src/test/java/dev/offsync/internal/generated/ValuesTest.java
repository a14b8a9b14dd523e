package dev.offsync.internal.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void instantsAreWrittenInUtcWithExactlyThreeFractionDigits() {
    assertThat(Values.formatInstant(Instant.parse("2023-12-20T10:21:05Z"))).isEqualTo("2023-12-20T10:21:05.000Z");
    assertThat(Values.formatInstant(Instant.parse("2023-12-20T10:21:05.421987Z")))
        .isEqualTo("2023-12-20T10:21:05.421Z");
  }

  @Test
  void instantsAreReadFromZuluAndOffsetForms() {
    Instant expected = Instant.parse("2023-12-20T10:21:05.421Z");
    assertThat(Values.parseInstant("2023-12-20T10:21:05.421Z")).isEqualTo(expected);
    assertThat(Values.parseInstant("2023-12-20T10:21:05.421+00:00")).isEqualTo(expected);
    assertThat(Values.parseInstant("2023-12-20T12:21:05.4219+02:00")).isEqualTo(expected);
  }

  @Test
  void badTextIsAnIllegalArgumentNamingTheExpectedForm() {
    assertThatThrownBy(() -> Values.parseInstant("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO-8601");
    assertThatThrownBy(() -> Values.parseUuid("1234")).hasMessageContaining("8-4-4-4-12");
  }

  @Test
  void timesAndLocalDateTimesKeepMilliseconds() {
    assertThat(Values.formatTime(LocalTime.of(7, 14))).isEqualTo("07:14:00.000");
    assertThat(Values.parseTime("09:52:35.321")).isEqualTo(LocalTime.of(9, 52, 35, 321_000_000));
    assertThat(Values.formatLocalDateTime(LocalDateTime.of(2024, 8, 23, 20, 22, 54, 291_000_000)))
        .isEqualTo("2024-08-23T20:22:54.291");
  }

  @Test
  void bytesRoundTripThroughBase64() {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    assertThat(Values.parseBytes(Values.formatBytes(bytes))).containsExactly(bytes);
  }

  @Test
  void columnTypesAreFoundByTheirSchemaNames() {
    assertThat(ColumnType.fromSchemaName("datetime")).isEqualTo(ColumnType.DATETIME);
    assertThatThrownBy(() -> ColumnType.fromSchemaName("money")).hasMessageContaining("string, boolean");
  }
}
