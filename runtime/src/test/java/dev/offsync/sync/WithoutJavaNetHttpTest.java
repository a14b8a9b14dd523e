package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.schema.TableDefinition;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a platform without {@code java.net.http} (Android), a client built with no HTTP engine chosen syncs over
 * OkHttp, and never touches the JDK's client or Offsync's JDK transport: Offsync's classes run here in a class
 * loader that has neither, as on Android.
 */
class WithoutJavaNetHttpTest {

  @TempDir
  Path folder;

  @Test
  void aClientWithoutJavaNetHttpPushesAndPullsOverOkHttp() throws Exception {
    try (Service service = new Service(folder); AndroidLike loader = new AndroidLike()) {
      @SuppressWarnings("unchecked")
      BiFunction<URI, Path, String> device = (BiFunction<URI, Path, String>) loader
          .loadClass(Device.class.getName()).getDeclaredConstructor().newInstance();

      String outcome = device.apply(service.uri(), folder);

      // Only OkHttp can have carried the requests: the JDK client's classes cannot load here.
      assertThat(outcome).isEqualTo("pushed 1, pulled 1");
      assertThat(loader.hidden).contains("java.net.http.HttpClient")
          .noneMatch(name -> name.startsWith("dev.offsync.internal.http.jdk."));
    }
  }

  /** What runs inside the loader: one device pushes, another pulls, with the platform's default engine. */
  public static final class Device implements BiFunction<URI, Path, String> {

    @Override
    public String apply(URI endpoint, Path folder) {
      try (SyncClient a = open(endpoint, folder.resolve("a.db"));
          SyncClient b = open(endpoint, folder.resolve("b.db"))) {
        a.table(TodoTable.DEFINITION).insert(Todo.of("t1", "milk"));
        int pushed = a.push().pushed();
        long pulled = b.table(TodoTable.DEFINITION).pull().fetched();
        return "pushed " + pushed + ", pulled " + pulled;
      }
    }

    private static SyncClient open(URI endpoint, Path file) {
      return SyncClient.builder().store(file).tables(TodoTable.DEFINITION).endpoint(endpoint)
          .retryPolicy(RetryPolicy.never()).build();
    }
  }

  /**
   * Loads Offsync's classes and OkHttp's itself and refuses {@code java.net.http} and Offsync's JDK transport,
   * remembering what it refused; everything else (the JDK, SQLite, Jackson, SLF4J) comes from the parent.
   */
  private static final class AndroidLike extends URLClassLoader {
    final List<String> hidden = new java.util.concurrent.CopyOnWriteArrayList<>();

    AndroidLike() {
      super(locations(), WithoutJavaNetHttpTest.class.getClassLoader());
    }

    private static URL[] locations() {
      List<URL> urls = new ArrayList<>();
      for (Class<?> type : List.of(SyncClient.class, TableDefinition.class, dev.offsync.annotations.SyncTable.class,
          Todo.class, okhttp3.OkHttpClient.class, okio.Buffer.class, kotlin.Unit.class)) {
        urls.add(type.getProtectionDomain().getCodeSource().getLocation());
      }
      return urls.toArray(new URL[0]);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("java.net.http.") || name.startsWith("dev.offsync.internal.http.jdk.")) {
        hidden.add(name);
        throw new ClassNotFoundException(name + " (hidden, as on Android)");
      }
      if (!(name.startsWith("dev.offsync.") || name.startsWith("okhttp3.") || name.startsWith("okio.")
          || name.startsWith("kotlin."))) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }
}
