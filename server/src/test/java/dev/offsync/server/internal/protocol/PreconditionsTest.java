package dev.offsync.server.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.offsync.server.internal.http.Headers;
import dev.offsync.server.internal.model.Item;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

  private static final Item ITEM = new Item("a", Instant.parse("2024-01-01T10:00:00.500Z"), "v1", false, Map.of());

  private static int status(boolean fetch, String... headers) {
    Headers all = new Headers();
    for (int i = 0; i < headers.length; i += 2) {
      all.add(headers[i], headers[i + 1]);
    }
    ProtocolException e = catchThrowableOfType(ProtocolException.class,
        () -> Preconditions.check(all, ITEM, fetch));
    return e == null ? 200 : e.status();
  }

  @Test
  void ifMatch() {
    assertThat(status(false, "If-Match", "\"v1\"")).isEqualTo(200);
    assertThat(status(false, "If-Match", "*")).isEqualTo(200);
    assertThat(status(false, "If-Match", "\"v2\"")).isEqualTo(412);
    assertThat(status(false, "If-Match", "W/\"v1\"")).isEqualTo(412);
    assertThat(status(false, "If-Match", "\"v2\", \"v1\"")).isEqualTo(200);
    assertThat(status(false, "If-Match", "\"v2\"", "If-Match", "\"v1\"")).isEqualTo(200);
  }

  @Test
  void ifNoneMatch() {
    assertThat(status(true, "If-None-Match", "\"v1\"")).isEqualTo(304);
    assertThat(status(false, "If-None-Match", "\"v1\"")).isEqualTo(412);
    assertThat(status(false, "If-None-Match", "*")).isEqualTo(412);
    assertThat(status(true, "If-None-Match", "W/\"v1\"")).isEqualTo(200);
    assertThat(status(true, "If-None-Match", "\"v2\"")).isEqualTo(200);
  }

  @Test
  void datesCompareAtSecondPrecision() {
    assertThat(status(true, "If-Modified-Since", "Mon, 01 Jan 2024 10:00:00 GMT")).isEqualTo(304);
    assertThat(status(true, "If-Modified-Since", "Mon, 01 Jan 2024 09:59:59 GMT")).isEqualTo(200);
    assertThat(status(false, "If-Modified-Since", "Mon, 01 Jan 2024 10:00:00 GMT")).isEqualTo(412);
    assertThat(status(false, "If-Unmodified-Since", "Mon, 01 Jan 2024 10:00:00 GMT")).isEqualTo(200);
    assertThat(status(false, "If-Unmodified-Since", "Mon, 01 Jan 2024 09:59:59 GMT")).isEqualTo(412);
    assertThat(status(false, "If-Unmodified-Since", "yesterday")).isEqualTo(200);
  }

  @Test
  void tagConditionsTakePrecedenceOverDates() {
    assertThat(status(false, "If-Match", "\"v1\"", "If-Unmodified-Since", "Mon, 01 Jan 2024 09:00:00 GMT"))
        .isEqualTo(200);
    assertThat(status(true, "If-None-Match", "\"v2\"", "If-Modified-Since", "Mon, 01 Jan 2024 11:00:00 GMT"))
        .isEqualTo(200);
  }

  @Test
  void failuresCarryTheEntity() {
    Headers headers = new Headers().add("If-Match", "\"old\"");
    ProtocolException e = catchThrowableOfType(ProtocolException.class,
        () -> Preconditions.check(headers, ITEM, false));
    assertThat(e.entity()).isEqualTo(ITEM);
    assertThatCode(() -> Preconditions.check(new Headers(), ITEM, false)).doesNotThrowAnyException();
  }

  @Test
  void httpDateIsRfc1123() {
    assertThat(Preconditions.httpDate(ITEM.updatedAt())).isEqualTo("Mon, 1 Jan 2024 10:00:00 GMT");
  }
}
