package dev.offsync.server.internal.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body written over time rather than at once (a change stream): the host calls it on the request's
 * thread once the status and headers are sent, and it returns when the stream ends.
 */
public interface ResponseStream {

  /**
   * Writes the body, flushing as it goes, until the stream ends.
   *
   * @throws IOException when the client went away
   */
  void writeTo(OutputStream out) throws IOException;
}
