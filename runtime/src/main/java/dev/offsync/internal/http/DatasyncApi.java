package dev.offsync.internal.http;

import feign.HeaderMap;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.util.Map;

/**
 * The Datasync service's operations as a Feign interface.
 *
 * <p>Every method returns the raw {@link Response} so that bodies are streamed through the generated codecs
 * and every status is mapped in one place ({@link HttpTransport}); callers close the response. List pages are
 * fetched with {@link HttpTransport#getExact} instead, because Feign's templates re-encode a query string and a
 * nextLink must be followed verbatim.
 */
interface DatasyncApi {

  @RequestLine("GET /tables/{table}/{id}")
  Response get(@Param("table") String table, @Param("id") String id, @HeaderMap Map<String, Object> headers);

  @RequestLine("GET /tables/{table}/{id}?__includedeleted=true")
  Response getIncludingDeleted(
      @Param("table") String table, @Param("id") String id, @HeaderMap Map<String, Object> headers);

  @RequestLine("POST /tables/{table}")
  Response insert(@Param("table") String table, @HeaderMap Map<String, Object> headers, byte[] body);

  @RequestLine("PUT /tables/{table}/{id}")
  Response replace(
      @Param("table") String table, @Param("id") String id, @HeaderMap Map<String, Object> headers, byte[] body);

  /** Protocol v2's update: the Azure Mobile Apps servers have no PUT. */
  @RequestLine("PATCH /tables/{table}/{id}")
  Response patch(
      @Param("table") String table, @Param("id") String id, @HeaderMap Map<String, Object> headers, byte[] body);

  @RequestLine("DELETE /tables/{table}/{id}")
  Response delete(@Param("table") String table, @Param("id") String id, @HeaderMap Map<String, Object> headers);
}
