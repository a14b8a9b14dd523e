package dev.offsync.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.offsync.OfflineTable;
import dev.offsync.spring.boot.testapp.Note;
import dev.offsync.spring.boot.testapp.NoteTable;
import dev.offsync.spring.boot.testapp.TestApp;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application signs requests in with Spring Security (bearer tokens of its own); the starter takes the
 * principal's name as the Offsync user, so with an owner column each user syncs only their own rows. The tables
 * are under {@code /api/tables}, so the clients' endpoint is {@code http://127.0.0.1:port/api}.
 */
@SpringBootTest(classes = {TestApp.class, SecurityIT.TokenSecurity.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "offsync.tables=dev.offsync.spring.boot.testapp.Note", "offsync.table-options.notes.owner-column=owner",
        "offsync.base-path=/api/tables"})
class SecurityIT extends RunningAppTest {

  @Test
  void eachUserSyncsOnlyTheirOwnNotes() {
    OfflineTable<Note> alice = device("alice", "/api", "alice-token", NoteTable.DEFINITION)
        .table(NoteTable.DEFINITION);
    OfflineTable<Note> bob = device("bob", "/api", "bob-token", NoteTable.DEFINITION).table(NoteTable.DEFINITION);
    alice.insert(Note.of("n1", "alice's secret"));
    bob.insert(Note.of("n2", "bob's secret"));
    assertThat(alice.push().isComplete()).isTrue();
    assertThat(bob.push().isComplete()).isTrue();

    alice.pull();
    bob.pull();

    assertThat(alice.query().list()).extracting(Note::id, Note::owner).containsExactly(tuple("n1", "alice"));
    assertThat(bob.query().list()).extracting(Note::id, Note::owner).containsExactly(tuple("n2", "bob"));
    assertThat(appDatabase().queryForList("SELECT owner FROM notes ORDER BY id", String.class))
        .containsExactly("alice", "bob");
  }

  @Test
  void requestsWithoutAValidTokenAreRefusedBySpringSecurity() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    URI notes = URI.create("http://127.0.0.1:" + port + "/api/tables/notes");
    HttpRequest anonymous = HttpRequest.newBuilder(notes).timeout(Duration.ofSeconds(30)).build();
    HttpRequest wrongToken = HttpRequest.newBuilder(notes).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer mallory-token").build();
    HttpRequest alice = HttpRequest.newBuilder(notes).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer alice-token").build();

    for (HttpRequest refused : List.of(anonymous, wrongToken)) {
      HttpResponse<Void> answer = http.send(refused, HttpResponse.BodyHandlers.discarding());
      assertThat(answer.statusCode()).isEqualTo(401);
      // The servlet marks every answer with a request id: this one never reached it.
      assertThat(answer.headers().firstValue("X-Request-Id")).isEmpty();
    }
    HttpResponse<String> signedIn = http.send(alice, HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.headers() + " " + signedIn.body()).isEqualTo(200);
  }

  /** The application's security: its own bearer tokens, no sessions, no CSRF tokens (an API for devices). */
  @Configuration(proxyBeanMethods = false)
  static class TokenSecurity {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
      // A path pattern, not an MVC pattern: the tables are served by the starter's servlet, not by Spring MVC.
      return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .csrf(csrf -> csrf.disable())
          .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .exceptionHandling(errors -> errors.authenticationEntryPoint(
              new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
          .addFilterBefore(new BearerTokens(Map.of("alice-token", "alice", "bob-token", "bob")),
              BasicAuthenticationFilter.class)
          .build();
    }
  }

  /** Signs a request in as the user its bearer token belongs to; not a bean, so only the chain runs it. */
  static final class BearerTokens extends OncePerRequestFilter {

    private final Map<String, String> userByToken;

    BearerTokens(Map<String, String> userByToken) {
      this.userByToken = userByToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      String user = header != null && header.startsWith("Bearer ") ? userByToken.get(header.substring(7)) : null;
      if (user != null) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
            AuthorityUtils.createAuthorityList("ROLE_USER")));
        SecurityContextHolder.setContext(context);
      }
      chain.doFilter(request, response);
    }
  }
}
