package dev.offsync.server.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensFileTest {

  @TempDir
  Path temp;

  @Test
  void readsTokenToUser() throws Exception {
    Path file = Files.writeString(temp.resolve("t.json"), "{\"s3cret\":\"alice\",\"other\":\"bob\"}");
    assertThat(TokensFile.read(file)).isEqualTo(Map.of("s3cret", "alice", "other", "bob"));
  }

  @Test
  void errorsNeverQuoteTokens() throws Exception {
    Path bad = Files.writeString(temp.resolve("b.json"), "{\"s3cret\": 5}");
    assertThatThrownBy(() -> TokensFile.read(bad)).hasMessageContaining("entry #1")
        .hasMessageNotContaining("s3cret");
    Path broken = Files.writeString(temp.resolve("c.json"), "{\"s3cret\": ");
    assertThatThrownBy(() -> TokensFile.read(broken)).hasMessageContaining("not valid JSON")
        .hasMessageNotContaining("s3cret");
    Path empty = Files.writeString(temp.resolve("d.json"), "{}");
    assertThatThrownBy(() -> TokensFile.read(empty)).hasMessageContaining("non-empty");
  }
}
