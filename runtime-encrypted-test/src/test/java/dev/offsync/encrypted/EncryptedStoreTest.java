package dev.offsync.encrypted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.store.KeySupplier;
import dev.offsync.OfflineTable;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.store.StoreFiles;
import dev.offsync.errors.StoreKeyException;
import dev.offsync.SyncClient;
import dev.offsync.store.UserStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encrypted stores on the class path of an encryption user: the runtime with io.github.willena:sqlite-jdbc
 * (SQLite3 Multiple Ciphers) instead of xerial's driver.
 */
class EncryptedStoreTest {

  private static final String MARKER = "PLAINTEXT-MARKER-7f3a9c";
  private static final KeySupplier KEY = () -> "correct horse battery staple".toCharArray();
  private static final KeySupplier OTHER = () -> "another passphrase, ünïcödé".toCharArray();

  @TempDir
  Path folder;

  private SyncClient open(Path file, KeySupplier key) {
    SyncClient.Builder builder = SyncClient.builder().store(file).tables(SecretTable.DEFINITION);
    return key == null ? builder.build() : builder.encryptionKey(key).build();
  }

  private static void write(SyncClient client, int count) {
    OfflineTable<Secret> secrets = client.table(SecretTable.DEFINITION);
    for (int i = 0; i < count; i++) {
      secrets.insert(new Secret("s" + i, MARKER + " number " + i));
    }
  }

  @Test
  void aStoreWrittenWithAKeyReopensWithItAndQueriesWork() {
    Path file = folder.resolve("store.db");
    try (SyncClient client = open(file, KEY)) {
      write(client, 20);
    }
    try (SyncClient client = open(file, KEY)) {
      OfflineTable<Secret> secrets = client.table(SecretTable.DEFINITION);
      assertThat(secrets.query().count()).isEqualTo(20);
      assertThat(secrets.get("s7")).map(Secret::text).contains(MARKER + " number 7");
      assertThat(secrets.query().where(SecretTable.TEXT.endsWith("number 3")).list()).hasSize(1);
      assertThat(client.pendingOperationCount()).isEqualTo(20);
    }
  }

  @Test
  void theFilesHoldNoPlaintextWhileOpenOrAfterClose() throws IOException {
    Path file = folder.resolve("store.db");
    try (SyncClient client = open(file, KEY)) {
      write(client, 50);
      assertThat(containsMarker(folder)).as("files while open (WAL included)").isEmpty();
    }
    assertThat(containsMarker(folder)).as("files after close").isEmpty();
    assertThat(new String(Files.readAllBytes(file), 0, 15, StandardCharsets.ISO_8859_1))
        .isNotEqualTo("SQLite format 3");

    Path plain = folder.resolve("plain").resolve("store.db");
    Files.createDirectories(plain.getParent());
    try (SyncClient client = open(plain, null)) {
      write(client, 5);
    }
    assertThat(containsMarker(plain.getParent())).as("the same check on a plain store").isNotEmpty();
  }

  private static List<Path> containsMarker(Path directory) throws IOException {
    byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path path : files.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(path), marker) >= 0) {
          found.add(path);
        }
      }
    }
    return found;
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= data.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aWrongKeyOrNoKeyIsATypedErrorAndChangesNothing() throws Exception {
    Path file = folder.resolve("store.db");
    try (SyncClient client = open(file, KEY)) {
      write(client, 3);
    }
    String before = digest(folder);

    assertThatThrownBy(() -> open(file, OTHER))
        .isInstanceOf(StoreKeyException.class).hasMessageContaining("cannot be read with the encryption key");
    assertThatThrownBy(() -> open(file, null))
        .isInstanceOf(StoreKeyException.class).hasMessageContaining("or it is encrypted");
    assertThat(digest(folder)).isEqualTo(before);

    try (SyncClient client = open(file, KEY)) {
      assertThat(client.table(SecretTable.DEFINITION).query().count()).isEqualTo(3);
    }
  }

  private static String digest(Path directory) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.list(directory)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        sha.update(path.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(path));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @Test
  void rekeyChangesTheKeyAndCanEncryptAndDecryptAStore() {
    Path file = folder.resolve("store.db");
    try (SyncClient client = open(file, null)) {
      write(client, 4);
    }

    StoreFiles.rekey(file, null, KEY);
    assertThatThrownBy(() -> open(file, null)).isInstanceOf(StoreKeyException.class);
    StoreFiles.rekey(file, KEY, OTHER);
    assertThatThrownBy(() -> open(file, KEY)).isInstanceOf(StoreKeyException.class);
    assertThatThrownBy(() -> StoreFiles.rekey(file, KEY, OTHER)).isInstanceOf(StoreKeyException.class);
    try (SyncClient client = open(file, OTHER)) {
      assertThat(client.table(SecretTable.DEFINITION).get("s3")).map(Secret::text).contains(MARKER + " number 3");
      client.table(SecretTable.DEFINITION).insert(new Secret("new", MARKER));
    }
    StoreFiles.rekey(file, OTHER, null);
    try (SyncClient client = open(file, null)) {
      assertThat(client.table(SecretTable.DEFINITION).query().count()).isEqualTo(5);
    }
  }

  @Test
  void rekeyIsRefusedWhileAClientHasTheStoreOpen() {
    Path file = folder.resolve("store.db");
    try (SyncClient client = open(file, KEY)) {
      assertThatThrownBy(() -> StoreFiles.rekey(file, KEY, OTHER)).hasMessageContaining("is locked");
    }
  }

  @Test
  void theKeyIsClearedAfterUse() {
    List<char[]> given = new ArrayList<>();
    KeySupplier recording = () -> {
      char[] key = "passphrase".toCharArray();
      given.add(key);
      return key;
    };
    try (SyncClient client = open(folder.resolve("store.db"), recording)) {
      write(client, 1);
      assertThat(client.table(SecretTable.DEFINITION).query().count()).isOne();
    }
    assertThat(given).isNotEmpty();
    for (char[] key : given) {
      assertThat(new String(key)).isEqualTo("\0".repeat(10));
    }
  }

  @Test
  void anEmptyKeyIsRefused() {
    assertThatThrownBy(() -> open(folder.resolve("store.db"), () -> new char[0]))
        .hasMessageContaining("empty");
  }

  @Test
  void encryptedUserStoresAreCountedWithTheirKeyBeforeAWipe() {
    UserStores users = UserStores.in(folder).withKeys(user -> KEY);
    try (SyncClient client = users.configure(SyncClient.builder(), "alice")
        .tables(SecretTable.DEFINITION).build()) {
      write(client, 2);
    }

    assertThatThrownBy(() -> users.wipe("alice")).isInstanceOf(PendingOperationsException.class);
    assertThatThrownBy(() -> UserStores.in(folder).withKeys(user -> OTHER).wipe("alice"))
        .isInstanceOf(StoreKeyException.class);
    assertThat(users.storeFile("alice")).exists();
    assertThat(users.wipe("alice", true)).isTrue();
    assertThat(users.storeFile("alice")).doesNotExist();
  }
}
