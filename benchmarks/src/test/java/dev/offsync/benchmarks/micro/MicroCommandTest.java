package dev.offsync.benchmarks.micro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.benchmarks.report.Report;
import dev.offsync.benchmarks.report.Row;
import org.junit.jupiter.api.Test;

/** A smoke run of every JMH benchmark: tiny sizes, one short iteration, no fork. Not a speed test. */
class MicroCommandTest {

  @Test
  void everyBenchmarkRunsAndLandsInItsRow() throws Exception {
    Report report = MicroCommand.run(true);

    assertThat(report.rows()).extracting(Row::benchmark).containsExactly("JSON read, page of 100 items",
        "JSON write, page of 100 items", "local insert of N items, insertAll",
        "local insert of N items, insert() each", "local query on an indexed column");
    for (Row row : report.rows()) {
      assertThat(row.offsync()).as(row.benchmark()).isPositive();
      assertThat(row.baseline()).as(row.benchmark()).isPositive();
      assertThat(row.limit()).as(row.benchmark()).isPositive();
    }
  }
}
