package dev.offsync.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseTest {

  @Test
  void thePostgresPoolHasTwiceTheCoresPlusOneAndAtMostTen() {
    assertThat(Database.postgresPoolSize(1)).isEqualTo(3);
    assertThat(Database.postgresPoolSize(2)).isEqualTo(5);
    assertThat(Database.postgresPoolSize(4)).isEqualTo(9);
    assertThat(Database.postgresPoolSize(64)).isEqualTo(10);
  }
}
