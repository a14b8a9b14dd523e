package dev.offsync.sync;

import dev.offsync.HttpEngine;

/** Every test of {@link MisconfiguredServiceIT} on the OkHttp transport. */
class MisconfiguredServiceOverOkHttpIT extends MisconfiguredServiceIT {

  @Override
  HttpEngine engine() {
    return HttpEngine.okHttp();
  }
}
