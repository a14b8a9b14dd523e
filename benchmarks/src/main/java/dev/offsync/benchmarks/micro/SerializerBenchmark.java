package dev.offsync.benchmarks.micro;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.benchmarks.model.Items;
import dev.offsync.schema.TableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing one page of 100 items as JSON: the generated codec, Jackson databind on the same record
 * (the baseline) and hand-written streaming code (the limit). Every contender reads the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SerializerBenchmark {

  /** Items per page, as a service sends them. */
  public static final int PAGE = 100;

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final TableDefinition<Item> DEFINITION = ItemTable.DEFINITION;

  private List<Item> items;
  private byte[] page;
  private ObjectReader databindReader;
  private ObjectWriter databindWriter;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);

  /** Builds the page with the generated writer; the databind reader and writer are made once, as apps do. */
  @Setup
  public void setUp() throws IOException {
    items = Items.stored(0, PAGE);
    page = writeGenerated();
    ObjectMapper mapper = Databind.mapper();
    databindReader = mapper.readerFor(Item[].class);
    databindWriter = mapper.writerFor(Item[].class);
  }

  /** The page's bytes, for tests. */
  public byte[] page() {
    return page.clone();
  }

  @Benchmark
  public List<Item> readGenerated() throws IOException {
    List<Item> read = new ArrayList<>(PAGE);
    try (JsonParser in = JSON.createParser(page)) {
      expectArray(in);
      while (in.nextToken() == JsonToken.START_OBJECT) {
        read.add(DEFINITION.readJson(in).entity());
      }
    }
    return read;
  }

  @Benchmark
  public Item[] readDatabind() throws IOException {
    return databindReader.readValue(page);
  }

  @Benchmark
  public List<Item> readStreaming() throws IOException {
    List<Item> read = new ArrayList<>(PAGE);
    try (JsonParser in = JSON.createParser(page)) {
      expectArray(in);
      while (in.nextToken() == JsonToken.START_OBJECT) {
        read.add(StreamingCodec.read(in));
      }
    }
    return read;
  }

  @Benchmark
  public byte[] writeGenerated() throws IOException {
    out.reset();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeStartArray();
      for (Item item : items) {
        DEFINITION.writeJson(item, generator);
      }
      generator.writeEndArray();
    }
    return out.toByteArray();
  }

  @Benchmark
  public byte[] writeDatabind() throws IOException {
    out.reset();
    databindWriter.writeValue(out, items.toArray(new Item[0]));
    return out.toByteArray();
  }

  @Benchmark
  public byte[] writeStreaming() throws IOException {
    out.reset();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeStartArray();
      for (Item item : items) {
        StreamingCodec.write(item, generator);
      }
      generator.writeEndArray();
    }
    return out.toByteArray();
  }

  private static void expectArray(JsonParser in) throws IOException {
    if (in.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException("Not a JSON array");
    }
  }
}
