package dev.offsync.server;

import java.util.Objects;

/**
 * The caller of a request, as an {@link Authenticator} identified it.
 *
 * @param id the user id, never blank; an owner column stores it
 */
public record User(String id) {

  /** The caller of every request on a server without an authenticator. */
  public static final User ANONYMOUS = new User("anonymous");

  /** Checks that the id is not blank. */
  public User {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A user id must not be blank");
    }
  }
}
