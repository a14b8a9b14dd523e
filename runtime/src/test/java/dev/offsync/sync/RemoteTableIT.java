package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.errors.AuthenticationException;
import dev.offsync.errors.ConflictException;
import dev.offsync.errors.NetworkException;
import dev.offsync.RemoteTable;
import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import dev.offsync.server.Authenticator;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote tables straight against the reference server, with authentication. */
class RemoteTableIT {

  @TempDir
  Path folder;

  @Test
  void theFiveOperationsAndPagedQueries() {
    try (Service service = new Service(folder); SyncClient client = service.device("a").build()) {
      RemoteTable<Todo> remote = client.remoteTable(TodoTable.DEFINITION);

      Todo created = remote.insert(Todo.of("milk"));
      assertThat(created.id()).matches("[0-9a-f]{32}");
      assertThat(created.version()).isNotNull();
      assertThatThrownBy(() -> remote.insert(Todo.of(created.id(), "again")))
          .isInstanceOf(ConflictException.class)
          .satisfies(e -> assertThat(((ConflictException) e).serverItem()).isEqualTo(created));

      Todo replaced = remote.replace(created.withTitle("oat milk"));
      assertThat(replaced.version()).isNotEqualTo(created.version());
      assertThatThrownBy(() -> remote.replace(created.withTitle("stale"))).isInstanceOf(ConflictException.class);

      for (int i = 0; i < 120; i++) {
        remote.insert(Todo.of(String.format("p%03d", i), "item").withPriority(i % 3));
      }
      assertThat(remote.query(Query.where(TodoTable.PRIORITY.eq(1))).count()).isEqualTo(40);
      assertThat(remote.count(Query.all())).isEqualTo(121);
      List<Todo> firstTen = remote.list(Query.all().orderBy(TodoTable.ID.desc()).top(10));
      assertThat(firstTen).extracting(Todo::id).first().isEqualTo("p119");
      assertThat(firstTen).hasSize(10);

      remote.delete(replaced);
      assertThat(remote.get(created.id())).isEmpty();
    }
  }

  @Test
  void withoutTheServiceEveryCallFailsAtOnce() {
    Service service = new Service(folder);
    try (SyncClient client = service.device("a").build()) {
      service.stop();
      RemoteTable<Todo> remote = client.remoteTable(TodoTable.DEFINITION);

      assertThatThrownBy(() -> remote.get("t1")).isInstanceOf(NetworkException.class);
      assertThatThrownBy(() -> remote.list(Query.all())).isInstanceOf(NetworkException.class);
    }
  }

  @Test
  void anExpiredTokenIsRefreshedOnceAndAWrongOneIsRefused() {
    AtomicInteger asked = new AtomicInteger();
    Authenticator tokens = Authenticator.tokens(Map.of("fresh", "alice"));
    try (Service service = new Service(folder, tokens);
        SyncClient good = service.device("a").authentication(refresh -> {
          asked.incrementAndGet();
          return refresh ? "fresh" : "expired";
        }).build();
        SyncClient bad = service.device("b").authentication(refresh -> "wrong").build()) {

      assertThat(good.remoteTable(TodoTable.DEFINITION).insert(Todo.of("t1", "milk")).id()).isEqualTo("t1");
      assertThat(asked).hasValue(2);
      assertThatThrownBy(() -> bad.remoteTable(TodoTable.DEFINITION).get("t1"))
          .isInstanceOf(AuthenticationException.class);
    }
  }
}
