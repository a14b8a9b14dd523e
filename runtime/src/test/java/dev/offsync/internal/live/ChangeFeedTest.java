package dev.offsync.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeFeedTest {

  @Test
  void answersWithoutAnEventStreamMeanTheServiceHasNoFeed() {
    assertThat(ChangeFeed.hasNoFeed(200, "text/event-stream")).isFalse();
    assertThat(ChangeFeed.hasNoFeed(200, "text/event-stream;charset=utf-8")).isFalse();
    assertThat(ChangeFeed.hasNoFeed(200, "application/json")).isTrue(); // a service that lists a table
    assertThat(ChangeFeed.hasNoFeed(404, "application/problem+json")).isTrue();
    assertThat(ChangeFeed.hasNoFeed(405, "null")).isTrue();
    assertThat(ChangeFeed.hasNoFeed(400, "null")).isTrue();
    assertThat(ChangeFeed.hasNoFeed(500, "null")).isTrue();
  }

  @Test
  void transientStatusesAreRetried() {
    for (int status : new int[] {408, 429, 502, 503, 504}) {
      assertThat(ChangeFeed.hasNoFeed(status, "text/html")).as("status %d", status).isFalse();
    }
  }
}
