package dev.offsync.internal.http;

import dev.offsync.internal.http.okhttp.OkHttpTransport;
import java.time.Duration;

/** Every test of {@link HttpTransportTest} on the OkHttp transport. */
class HttpTransportOverOkHttpTest extends HttpTransportTest {

  @Override
  Transport transport() {
    return OkHttpTransport.standard(Duration.ofSeconds(2));
  }
}
