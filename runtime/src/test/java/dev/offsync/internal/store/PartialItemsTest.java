package dev.offsync.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.Decoded;
import dev.offsync.testing.Sample;
import dev.offsync.testing.SampleTable;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An answer that lacks columns takes them from the local item exactly, through the model's own codec. */
class PartialItemsTest {

  private static final Sample LOCAL = new Sample("s1", "local text", 7, 12345678901234L, 0.1, 1.5f,
      new BigDecimal("12345678901234567890.50"), true, null, null, null, null, null, Sample.Color.BLUE,
      new byte[] {1, 2});

  @Test
  void theColumnsAnAnswerLacksAreNamedAndKeptFromTheLocalItem() {
    PartialItems.Read<Sample> read = PartialItems.read(SampleTable.DEFINITION,
        "{\"id\":\"s1\",\"updatedAt\":\"2026-12-02T09:00:00.000Z\",\"version\":\"v2\",\"text\":\"service text\","
            + "\"COUNT\":8}");
    assertThat(read.missing()).doesNotContain("text", "count").contains("price", "ratio", "amount", "data");

    Decoded<Sample> merged = PartialItems.withLocalValues(SampleTable.DEFINITION, read.item(), LOCAL,
        read.missing());

    Sample item = merged.entity();
    assertThat(item.text()).isEqualTo("service text");
    assertThat(item.count()).isEqualTo(8);
    assertThat(item.price()).isEqualTo(new BigDecimal("12345678901234567890.50"));
    assertThat(item.amount()).isEqualTo(12345678901234L);
    assertThat(item.ratio()).isEqualTo(0.1);
    assertThat(item.color()).isEqualTo(Sample.Color.BLUE);
    assertThat(item.data()).containsExactly(1, 2);
    assertThat(merged.system().version()).isEqualTo("v2");
    assertThat(merged.system().updatedAt()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
  }

  @Test
  void aCompleteAnswerLacksNothingAndADeletedOneNeedsNothing() {
    String full = ItemJson.write(SampleTable.DEFINITION, LOCAL);
    assertThat(PartialItems.read(SampleTable.DEFINITION, full).missing()).isEmpty();
    assertThat(PartialItems.read(SampleTable.DEFINITION,
        "{\"id\":\"s1\",\"updatedAt\":\"2026-12-02T09:00:00.000Z\",\"deleted\":true}").missing()).isEmpty();
  }
}
