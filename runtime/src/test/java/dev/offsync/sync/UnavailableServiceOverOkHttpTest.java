package dev.offsync.sync;

import dev.offsync.HttpEngine;

/** Every test of {@link UnavailableServiceTest} on the OkHttp transport. */
class UnavailableServiceOverOkHttpTest extends UnavailableServiceTest {

  @Override
  HttpEngine engine() {
    return HttpEngine.okHttp();
  }
}
