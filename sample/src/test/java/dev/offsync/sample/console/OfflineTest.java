package dev.offsync.sample.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.errors.NetworkException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class OfflineTest {

  private static NetworkException failed(Throwable cause) {
    return new NetworkException("POST todoitems failed: the service could not be reached", cause);
  }

  @Test
  void aRefusedConnectionIsSaidSoEvenWhenJavaGivesNoMessage() {
    ConnectException refused = new ConnectException();
    refused.initCause(new ClosedChannelException());

    assertThat(Offline.reason(failed(new UncheckedIOException(refused))))
        .isEqualTo("the service could not be reached (connection refused)");
  }

  @Test
  void anUnknownHostWinsOverTheConnectExceptionWrappingIt() {
    ConnectException wrapping = new ConnectException();
    wrapping.initCause(new UnknownHostException("nowhere.invalid"));

    assertThat(Offline.reason(failed(wrapping))).isEqualTo("the service's host name is unknown");
  }

  @Test
  void aTimeoutIsSaidSo() {
    assertThat(Offline.reason(failed(new HttpConnectTimeoutException("connect timed out"))))
        .isEqualTo("the service did not answer in time");
  }

  @Test
  void anythingElseKeepsTheClientsMessage() {
    assertThat(Offline.reason(new NetworkException("GET tags: the answer was cut off", null)))
        .isEqualTo("GET tags: the answer was cut off");
  }
}
