package dev.offsync.sample.console;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;

/** Says in words why a service could not be reached, for the demo's and the CLI's one-line messages. */
public final class Offline {

  private Offline() {}

  /**
   * Why the service could not be reached, in words where the cause is a common one; the failure's own message
   * otherwise (the client's names the request, and the cause's class where Java gives no message).
   */
  public static String reason(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    if (chain.stream().anyMatch(c -> c instanceof UnknownHostException || c instanceof UnresolvedAddressException)) {
      return "the service's host name is unknown";
    }
    if (chain.stream().anyMatch(c -> c instanceof HttpTimeoutException)) {
      return "the service did not answer in time";
    }
    if (chain.stream().anyMatch(c -> c instanceof ConnectException)) {
      return "the service could not be reached (connection refused)";
    }
    return failure.getMessage();
  }
}
