package dev.offsync.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.server.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user is the authenticated principal's name; anything less is no user (401). */
class SpringSecurityAuthenticatorTest {

  private final SpringSecurityAuthenticator authenticator = new SpringSecurityAuthenticator();

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  private void signIn(Authentication authentication) {
    SecurityContextHolder.getContext().setAuthentication(authentication);
  }

  @Test
  void anAuthenticatedPrincipalIsTheUserWhateverTheToken() {
    signIn(UsernamePasswordAuthenticationToken.authenticated("alice", null,
        AuthorityUtils.createAuthorityList("ROLE_USER")));
    assertThat(authenticator.authenticate(null)).contains(new User("alice"));
    assertThat(authenticator.authenticate("some-token")).contains(new User("alice"));
  }

  @Test
  void noAnonymousOrUnauthenticatedPrincipalIsNoUser() {
    assertThat(authenticator.authenticate("token")).isEmpty();
    signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    assertThat(authenticator.authenticate(null)).isEmpty();
    signIn(UsernamePasswordAuthenticationToken.unauthenticated("bob", "password"));
    assertThat(authenticator.authenticate(null)).isEmpty();
  }
}
