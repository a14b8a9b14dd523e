package dev.offsync.benchmarks.micro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.Items;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every contender reads and writes the same items, so the serializer figures compare equal work. */
class SerializerBenchmarkTest {

  @Test
  void allReadersReadThePageAlike() throws Exception {
    SerializerBenchmark benchmark = new SerializerBenchmark();
    benchmark.setUp();

    assertThat(benchmark.readGenerated()).isEqualTo(Items.stored(0, SerializerBenchmark.PAGE));
    assertThat(benchmark.readDatabind()).containsExactlyElementsOf(Items.stored(0, SerializerBenchmark.PAGE));
    assertThat(benchmark.readStreaming()).isEqualTo(Items.stored(0, SerializerBenchmark.PAGE));
  }

  @Test
  void allWritersWriteTheSameFields() throws Exception {
    SerializerBenchmark benchmark = new SerializerBenchmark();
    benchmark.setUp();
    String generated = new String(benchmark.writeGenerated(), StandardCharsets.UTF_8);

    assertThat(new String(benchmark.writeStreaming(), StandardCharsets.UTF_8)).isEqualTo(generated);
    // Databind drops zero milliseconds from instants ("...00:00Z"); otherwise it writes the same fields.
    assertThat(Databind.mapper().readValue(benchmark.writeDatabind(), Item[].class))
        .containsExactlyElementsOf(Items.stored(0, SerializerBenchmark.PAGE));
    assertThat(generated).startsWith("[{\"id\":\"item0000000000000000000000000000\",\"title\":\"Item number 0\"");
  }
}
