package dev.offsync.internal.http;

import dev.offsync.internal.http.okhttp.OkHttpTransport;
import java.time.Duration;

/** Every test of {@link ServiceCallsTest} on the OkHttp transport. */
class ServiceCallsOverOkHttpTest extends ServiceCallsTest {

  @Override
  Transport transport() {
    return OkHttpTransport.standard(Duration.ofSeconds(2));
  }
}
