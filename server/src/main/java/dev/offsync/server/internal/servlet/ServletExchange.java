package dev.offsync.server.internal.servlet;

import dev.offsync.server.internal.http.Headers;
import dev.offsync.server.internal.http.HttpRequest;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.http.PathDecoder;
import dev.offsync.server.internal.protocol.DatasyncHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one exchange between the Servlet API and the protocol core, for every host that runs on a servlet
 * container: the standalone Javalin server and the mountable {@code DatasyncServlet}.
 */
public final class ServletExchange {

  private static final Logger LOG = LoggerFactory.getLogger(ServletExchange.class);

  private ServletExchange() {}

  /**
   * Serves one request: the response's status, headers and body. The body is written straight to the servlet
   * response, past any host framework's result pipeline (Javalin's would answer 304 to a 412 whose ETag matches
   * If-None-Match). With Content-Length only when the request has no body: a response that reaches its length
   * is committed at once, before the container can add {@code Connection: close} when the request's body was
   * left unread (a 415 answered before reading).
   *
   * @param endpointPath the raw path of the service's endpoint below the host, under which the request's path
   *     starts with {@code /tables/}: empty for a server of its own, a context path and prefix when mounted
   */
  public static void serve(DatasyncHandler handler, HttpServletRequest request, String endpointPath,
      HttpServletResponse response) throws IOException {
    HttpResponse answer;
    try {
      answer = handler.handle(toRequest(request, endpointPath));
    } catch (IllegalArgumentException e) {
      answer = handler.handle(badPath(request, endpointPath));
    }
    response.setStatus(answer.status());
    response.setContentType(null); // drops a host's default type; the core's headers say it all
    for (Map.Entry<String, List<String>> header : answer.headers().asMap().entrySet()) {
      response.setHeader(header.getKey(), null);
      for (String value : header.getValue()) {
        response.addHeader(header.getKey(), value);
      }
    }
    if (answer.body().length > 0) {
      if (hasNoBody(request)) {
        // The whole body is known: with its length the container sends head and body in one write, without
        // chunk framing. Not when the request has a body, which the answer may have left unread (see above).
        response.setContentLength(answer.body().length);
      }
      response.getOutputStream().write(answer.body());
    }
    if (answer.stream() != null) {
      // A change stream holds this request's thread until it ends (the server stops or the client leaves).
      response.flushBuffer();
      try {
        answer.stream().writeTo(response.getOutputStream());
      } catch (IOException e) {
        LOG.debug("A change stream ended: the client went away ({})", e.getMessage());
      }
    }
  }

  private static boolean hasNoBody(HttpServletRequest request) {
    return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
  }

  /** The request below the endpoint; a raw path outside it or with a bad escape throws IllegalArgumentException. */
  private static HttpRequest toRequest(HttpServletRequest request, String endpointPath) throws IOException {
    String uri = request.getRequestURI();
    if (!uri.startsWith(endpointPath)) {
      throw new IllegalArgumentException("The request is not below the endpoint");
    }
    String rawPath = uri.substring(endpointPath.length());
    return new HttpRequest(request.getMethod(), baseUri(request, endpointPath), PathDecoder.decode(rawPath),
        rawPath, request.getQueryString(), headers(request), request.getInputStream());
  }

  /** A path that cannot be decoded is answered as a path that does not exist. */
  private static HttpRequest badPath(HttpServletRequest request, String endpointPath) {
    return new HttpRequest(request.getMethod(), baseUri(request, endpointPath), "/", "/", "", headers(request),
        null);
  }

  /** The scheme, authority and endpoint path the client used, which {@code Location} headers start with. */
  private static String baseUri(HttpServletRequest request, String endpointPath) {
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      host = request.getServerName() + ":" + request.getServerPort();
    }
    return request.getScheme() + "://" + host + endpointPath;
  }

  private static Headers headers(HttpServletRequest request) {
    Headers headers = new Headers();
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        headers.add(name, value);
      }
    }
    return headers;
  }
}
