package dev.offsync.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConvergenceTest {

  private static Snapshot side(String name, Map<String, String> todos, Map<String, String> tags) {
    return new Snapshot(name, new TreeMap<>(todos), new TreeMap<>(tags));
  }

  @Test
  void equalSnapshotsConverge() {
    Map<String, String> todos = Map.of("t1", "title=a", "t2", "title=b");
    Map<String, String> tags = Map.of("g1", "label=home");

    Convergence convergence = Convergence.of(side("device A", todos, tags), side("device B", todos, tags),
        side("service", todos, tags));

    assertThat(convergence.converged()).isTrue();
    assertThat(convergence.verdict()).isEqualTo("converged: device A = device B = service (2 items)");
    assertThat(convergence.shownDifferences()).isEmpty();
    assertThat(convergence.sides().get(0).digest()).isEqualTo(convergence.sides().get(2).digest());
  }

  @Test
  void aMissingOrDifferentItemIsNamedWithEachSidesCopy() {
    Snapshot a = side("device A", Map.of("t1", "title=a", "t2", "title=b"), Map.of());
    Snapshot b = side("device B", Map.of("t1", "title=a"), Map.of());
    Snapshot service = side("service", Map.of("t1", "title=a", "t2", "title=c"), Map.of());

    Convergence convergence = Convergence.of(a, b, service);

    assertThat(convergence.converged()).isFalse();
    assertThat(convergence.differences()).containsExactly("todoitems t2: device A has {title=b}; device B has"
        + " nothing; service has {title=c}");
    assertThat(convergence.verdict()).isEqualTo("NOT converged: 1 item differ (device A 2 items/0 tags, device B"
        + " 1 items/0 tags, service 2 items/0 tags)");
    assertThat(a.digest()).isNotEqualTo(service.digest());
  }

  @Test
  void differencesInTagsCountToo() {
    Snapshot a = side("device A", Map.of(), Map.of("g1", "label=home"));
    Snapshot b = side("device B", Map.of(), Map.of("g1", "label=work"));

    assertThat(Convergence.of(a, b).differences()).singleElement().asString().startsWith("tags g1:");
  }

  @Test
  void onlyTheFirstDifferencesAreShown() {
    Map<String, String> many = new TreeMap<>();
    for (int i = 0; i < 8; i++) {
      many.put("t" + i, "title=" + i);
    }
    Convergence convergence = Convergence.of(side("device A", many, Map.of()), side("device B", Map.of(), Map.of()));

    assertThat(convergence.differences()).hasSize(8);
    assertThat(convergence.shownDifferences()).hasSize(6).last().isEqualTo("... and 3 more");
  }
}
