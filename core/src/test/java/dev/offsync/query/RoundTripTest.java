package dev.offsync.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Print, parse, print: the text is identical and the parsed tree equals the built one, for random filters. */
class RoundTripTest {

  private static final long FIXED_SEED = 424242L;
  private static final int CASES = 4000;

  @Test
  void randomFiltersSurvivePrintParsePrint() {
    long seed = RandomFilters.seed(FIXED_SEED);
    Random random = new Random(seed);
    RandomFilters filters = new RandomFilters(random, RandomFilters.STRINGS);
    for (int i = 0; i < CASES; i++) {
      roundTrip(filters.filter(4), "seed " + seed + ", case #" + i);
    }
  }

  @Test
  void arbitraryStringsSurvivePrintParsePrint() {
    long seed = RandomFilters.seed(FIXED_SEED);
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String text = randomString(random);
      roundTrip(Todo.TITLE.eq(text).or(Todo.NOTE.contains(text)), "seed " + seed + ", string #" + i);
    }
  }

  private static void roundTrip(Filter filter, String context) {
    String printed = ODataPrinter.filter(filter);
    Filter parsed;
    try {
      parsed = Todo.PARSER.parseFilter(printed);
    } catch (ODataSyntaxException e) {
      throw new AssertionError(context + ": cannot parse " + printed, e);
    }
    if (!parsed.equals(filter)) {
      fail(context + ": " + printed + "\nparsed to " + parsed + "\nbuilt as  " + filter);
    }
    assertThat(ODataPrinter.filter(parsed)).as(context).isEqualTo(printed);
  }

  /** Strings heavy in characters that matter to OData and SQL, plus random Unicode. */
  static String randomString(Random random) {
    String special = "'\"(),% _\\-:;eqand ornot$@#\t\n";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(3)) {
        case 0 -> text.append(special.charAt(random.nextInt(special.length())));
        case 1 -> text.append((char) ('a' + random.nextInt(26)));
        default -> text.appendCodePoint(randomCodePoint(random));
      }
    }
    return text.toString();
  }

  private static int randomCodePoint(Random random) {
    while (true) {
      int codePoint = random.nextInt(0x1F700);
      if (Character.isDefined(codePoint) && !Character.isSurrogate((char) codePoint)
          && Character.getType(codePoint) != Character.PRIVATE_USE) {
        return codePoint;
      }
    }
  }
}
