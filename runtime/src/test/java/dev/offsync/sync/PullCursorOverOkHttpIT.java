package dev.offsync.sync;

import dev.offsync.HttpEngine;

/** Every test of {@link PullCursorIT} on the OkHttp transport. */
class PullCursorOverOkHttpIT extends PullCursorIT {

  @Override
  HttpEngine engine() {
    return HttpEngine.okHttp();
  }
}
