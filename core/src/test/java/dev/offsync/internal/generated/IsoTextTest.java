package dev.offsync.internal.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast paths agree with {@code java.time}'s formatters: same text, same values, and nothing accepted
 * that the formatters refuse. Seeded random loops; set {@code OFFSYNC_TEST_SEED} to replay a failure.
 */
class IsoTextTest {

  private static final DateTimeFormatter INSTANT_MILLIS = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").toFormatter(Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
  private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").toEpochMilli();
  private static final String NOISE = "0123456789-:.TZ+ x";
  private static final int ROUNDS = 20_000;

  private static long seed() {
    String given = System.getenv("OFFSYNC_TEST_SEED");
    return given == null ? 20260101L : Long.parseLong(given);
  }

  @Test
  void canonicalInstantsRoundTripAsTheFormatterDoes() {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 0; i < ROUNDS; i++) {
      Instant value = Instant.ofEpochMilli(YEAR_0 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_0)))
          .plusNanos(random.nextInt(1_000_000));
      String expected = INSTANT_MILLIS.format(value.truncatedTo(ChronoUnit.MILLIS));

      assertThat(IsoText.formatInstant(value)).as("seed %d, %s", seed, value).isEqualTo(expected);
      Instant parsed = OffsetDateTime.parse(expected, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      assertThat(IsoText.parseInstant(expected)).as("seed %d", seed).isEqualTo(parsed);
      assertThat(IsoText.parseInstant(expected.replace("Z", "+00:00"))).as("seed %d", seed).isEqualTo(parsed);
      assertThat(Values.parseInstant(expected)).isEqualTo(parsed);
    }
  }

  @Test
  void canonicalDatesRoundTripAsTheFormatterDoes() {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 0; i < ROUNDS; i++) {
      LocalDate value = LocalDate.ofEpochDay(LocalDate.of(0, 1, 1).toEpochDay()
          + random.nextInt((int) (LocalDate.of(9999, 12, 31).toEpochDay() - LocalDate.of(0, 1, 1).toEpochDay())));
      String expected = DateTimeFormatter.ISO_LOCAL_DATE.format(value);

      assertThat(IsoText.formatDate(value)).as("seed %d, %s", seed, value).isEqualTo(expected);
      assertThat(IsoText.parseDate(expected)).as("seed %d", seed).isEqualTo(value);
    }
  }

  @Test
  void damagedTextIsLeftToTheFormatterWhichDecides() {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 0; i < ROUNDS; i++) {
      String text = damage(random, Values.formatInstant(Instant.ofEpochMilli(random.nextLong() % YEAR_10000)));
      Instant fast = IsoText.parseInstant(text);
      if (fast != null) {
        assertThat(fast).as("seed %d, '%s'", seed, text).isEqualTo(formatterInstant(text));
      }
      String date = damage(random, Values.formatDate(LocalDate.ofEpochDay(random.nextInt(3_000_000))));
      LocalDate fastDate = IsoText.parseDate(date);
      if (fastDate != null) {
        assertThat(fastDate).as("seed %d, '%s'", seed, date).isEqualTo(formatterDate(date));
      }
    }
  }

  @Test
  void theEdgesOfTheCanonicalForm() {
    assertThat(IsoText.parseInstant("2024-02-29T23:59:59.999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    assertThat(IsoText.parseInstant("2023-02-29T00:00:00.000Z")).isNull();
    assertThat(IsoText.parseInstant("2023-01-01T24:00:00.000Z")).isNull();
    assertThat(IsoText.parseInstant("2023-01-01T00:00:60.000Z")).isNull();
    assertThat(IsoText.parseInstant("2023-01-01T00:00:00.00Z")).isNull();
    assertThat(IsoText.parseInstant("2023-01-01T00:00:00.000+02:00")).isNull();
    assertThat(Values.parseInstant("2023-01-01T02:00:00.000+02:00")).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(Values.parseInstant("2023-01-01T00:00:00.123456Z")).isEqualTo(Instant.parse("2023-01-01T00:00:00.123Z"));
    assertThat(IsoText.formatInstant(Instant.parse("+10000-01-01T00:00:00Z"))).isNull();
    assertThat(Values.formatInstant(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00.000Z");
    assertThat(IsoText.formatInstant(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
    assertThat(IsoText.formatDate(LocalDate.of(-1, 1, 1))).isNull();
    assertThat(Values.formatDate(LocalDate.of(-1, 1, 1))).isEqualTo("-0001-01-01");
  }

  private static String damage(Random random, String text) {
    char[] chars = text.toCharArray();
    chars[random.nextInt(chars.length)] = NOISE.charAt(random.nextInt(NOISE.length()));
    return new String(chars);
  }

  private static Instant formatterInstant(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
          .truncatedTo(ChronoUnit.MILLIS);
    } catch (RuntimeException refused) {
      throw new AssertionError("The fast path accepted '" + text + "', which the formatter refuses", refused);
    }
  }

  private static LocalDate formatterDate(String text) {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (RuntimeException refused) {
      throw new AssertionError("The fast path accepted '" + text + "', which the formatter refuses", refused);
    }
  }
}
