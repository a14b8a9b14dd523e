package dev.offsync.benchmarks.http2;

import dev.offsync.HttpEngine;
import java.net.http.HttpClient;
import java.util.List;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/** The client's two engines, each on HTTP/1.1 (as Offsync makes it) or on HTTP/2 (an application's client). */
enum Engines {
  JDK("jdk") {
    @Override
    HttpEngine engine(boolean http2) {
      // On http:// the JDK's client asks for h2c with an Upgrade on its first request, then multiplexes.
      return http2 ? HttpEngine.jdk(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
          .followRedirects(HttpClient.Redirect.NEVER).build()) : HttpEngine.jdk();
    }
  },
  OKHTTP("okhttp") {
    @Override
    HttpEngine engine(boolean http2) {
      if (!http2) {
        return HttpEngine.okHttp();
      }
      // OkHttp speaks cleartext HTTP/2 only with prior knowledge; its per-host limit still counts streams.
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequestsPerHost(64);
      return HttpEngine.okHttp(new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE))
          .dispatcher(dispatcher).followRedirects(false).build());
    }
  };

  private final String label;

  Engines(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  abstract HttpEngine engine(boolean http2);
}
