package dev.offsync.spring.boot.testapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The Spring properties the test applications run with. */
public final class AppProperties {

  /**
   * Leaves Spring Security, which is on the test class path for one test, out of an application: otherwise its
   * defaults would ask every request for a password.
   */
  public static final String WITHOUT_SECURITY = "spring.autoconfigure.exclude="
      + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
      + "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration,"
      + "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration";

  private AppProperties() {}

  /** Gives a test's application a fresh SQLite file, in a folder of its own, as its {@code DataSource}. */
  public static void freshSqlite(DynamicPropertyRegistry registry) {
    try {
      Path folder = Files.createTempDirectory("offsync-spring-");
      folder.toFile().deleteOnExit();
      dataSource("jdbc:sqlite:" + folder.resolve("service.db")).forEach((key, value) -> registry.add(key,
          () -> value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The application's {@code DataSource} on this database: a Hikari pool, on SQLite with the connection settings
   * that docs/spring-boot.md recommends.
   */
  public static Map<String, String> dataSource(String jdbcUrl) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", jdbcUrl);
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      String prefix = "spring.datasource.hikari.data-source-properties.";
      properties.put(prefix + "journal_mode", "WAL");
      properties.put(prefix + "synchronous", "FULL");
      properties.put(prefix + "busy_timeout", "30000");
      properties.put(prefix + "transaction_mode", "IMMEDIATE");
      properties.put("spring.datasource.hikari.maximum-pool-size", "4");
    }
    return properties;
  }
}
