package dev.offsync.spring.boot.internal;

import dev.offsync.server.Authenticator;
import dev.offsync.server.User;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user of a request is the name of Spring Security's authenticated principal. The servlet calls it on the
 * request's thread, where Spring Security's filters have put the security context; the bearer token is not
 * read here, since Spring Security has checked whatever credentials the application accepts. Anonymous or
 * unauthenticated requests are answered 401.
 */
public final class SpringSecurityAuthenticator implements Authenticator {

  @Override
  public Optional<User> authenticate(String bearerToken) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    String name = authentication.getName();
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(new User(name));
  }
}
