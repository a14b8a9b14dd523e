package dev.offsync.internal.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.InvalidItemException;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The id check agrees with the protocol's pattern. Seeded; set {@code OFFSYNC_TEST_SEED} to replay. */
class IdsTest {

  private static final Pattern PROTOCOL = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.|:-]{0,126}");
  private static final String ALPHABET = "aZ09_.|:- /\\'\"\u00e9\u0000\u0660";

  @Test
  void agreesWithTheProtocolsPatternOnRandomIds() {
    String given = System.getenv("OFFSYNC_TEST_SEED");
    long seed = given == null ? 8L : Long.parseLong(given);
    Random random = new Random(seed);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(10) == 0 ? 120 + random.nextInt(16) : random.nextInt(6);
      for (int c = 0; c < length; c++) {
        id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = id.toString();
      assertThat(Ids.isValid(text)).as("seed %d, id '%s'", seed, text).isEqualTo(PROTOCOL.matcher(text).matches());
    }
  }

  @Test
  void theEdges() {
    assertThat(Ids.isValid("a".repeat(127))).isTrue();
    assertThat(Ids.isValid("a".repeat(128))).isFalse();
    assertThat(Ids.isValid("")).isFalse();
    assertThat(Ids.isValid("-a")).isFalse();
    assertThat(Ids.isValid("0a_.|:-Z")).isTrue();
    assertThat(Ids.generate()).matches("[0-9a-f]{32}");
    assertThatThrownBy(() -> Ids.check("todoitems", "not valid")).isInstanceOf(InvalidItemException.class)
        .hasMessageContaining("Invalid id 'not valid' for table 'todoitems'");
  }
}
