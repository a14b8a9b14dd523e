package dev.offsync.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load generator's response reader: one whole response at a time, by length or by chunks. */
class ResponseReaderTest {

  private static LoadClient.ResponseReader reader(String responses) {
    return new LoadClient.ResponseReader(new ByteArrayInputStream(responses.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsResponsesByLengthAndByChunksOneAfterAnother() throws IOException {
    LoadClient.ResponseReader reader = reader("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
        + "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
        + "HTTP/1.1 304 Not Modified\r\n\r\n"
        + "HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

    assertThat(reader.readResponse()).isEqualTo(200);
    assertThat(reader.readResponse()).isEqualTo(201);
    assertThat(reader.readResponse()).isEqualTo(304);
    assertThat(reader.closes()).isFalse();
    assertThat(reader.readResponse()).isEqualTo(400);
    assertThat(reader.closes()).isTrue();
  }

  @Test
  void aCutOffBodyOrABodyWithoutLengthIsAnError() {
    assertThatThrownBy(() -> reader("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhello").readResponse())
        .isInstanceOf(IOException.class).hasMessageContaining("closed inside a body");
    assertThatThrownBy(() -> reader("HTTP/1.1 200 OK\r\n\r\nhello").readResponse())
        .isInstanceOf(IOException.class).hasMessageContaining("without length");
    assertThatThrownBy(() -> reader("SSH-2.0\r\n").readResponse())
        .isInstanceOf(IOException.class).hasMessageContaining("Not an HTTP response");
  }
}
