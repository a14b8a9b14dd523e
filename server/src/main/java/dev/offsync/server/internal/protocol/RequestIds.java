package dev.offsync.server.internal.protocol;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids in the form of random (version 4) UUIDs, from {@link ThreadLocalRandom}: an id only correlates a
 * response with the server's log, so it needs no secure random source, whose shared generator
 * {@link UUID#randomUUID()} locks and reseeds on every request.
 */
final class RequestIds {

  private RequestIds() {}

  /** A new id. */
  static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
    long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48); // IETF variant
    return new UUID(high, low).toString();
  }
}
