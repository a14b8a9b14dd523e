package dev.offsync.sync;

import dev.offsync.HttpEngine;

/** Every test of {@link CutOffAnswerTest} on the OkHttp transport. */
class CutOffAnswerOverOkHttpTest extends CutOffAnswerTest {

  @Override
  HttpEngine engine() {
    return HttpEngine.okHttp();
  }
}
