package dev.offsync.server.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a conformance suite on a database through a host: {@code @Served(by = ServletHost.class, on =
 * Database.POSTGRES) class CrudServletPostgresIT extends CrudConformance {}}. A class without it says the same by
 * overriding {@link ServerTestBase#openDatabase} and {@link ServerTestBase#host}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Served {

  /** The database kinds. */
  enum Database { SQLITE, POSTGRES }

  /** The host, made with its no-argument constructor. */
  Class<? extends TestHost> by();

  /** The database. */
  Database on();
}
