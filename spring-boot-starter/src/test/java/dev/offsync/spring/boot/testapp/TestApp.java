package dev.offsync.spring.boot.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application as a user writes one: the web and JDBC starters, Offsync's starter and two
 * {@code @SyncTable} models compiled by Offsync's processor. Each test names the tables it serves.
 */
@SpringBootApplication
public class TestApp {}
