package dev.offsync.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS front for the reference server, as a load balancer that terminates TLS would be: it agrees a protocol
 * with each client by ALPN ({@code h2} when the client offers it and the front allows it, else
 * {@code http/1.1}) and passes the decrypted bytes to the server's cleartext port, which speaks both. It keeps
 * the protocol each connection agreed. Its certificate (test resource {@code tls/localhost.p12}) is for
 * 127.0.0.1; {@link #clientContext()} trusts it.
 */
final class TlsFront implements AutoCloseable {

  private static final char[] PASSWORD = "offsync-test".toCharArray();

  private final SSLServerSocket listener;
  private final int upstream;
  private final boolean allowH2;
  private final List<String> agreed = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();

  TlsFront(URI upstream, boolean allowH2) throws IOException, GeneralSecurityException {
    this.upstream = upstream.getPort();
    this.allowH2 = allowH2;
    SSLContext context = SSLContext.getInstance("TLS");
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore(), PASSWORD);
    context.init(keys.getKeyManagers(), null, null);
    this.listener = (SSLServerSocket) context.getServerSocketFactory()
        .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Pipes.daemon("test-tls-front", this::accept);
  }

  /** A trust manager that trusts this front's certificate. */
  static X509TrustManager trustManager() throws IOException, GeneralSecurityException {
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keyStore());
    return (X509TrustManager) trust.getTrustManagers()[0];
  }

  /** An SSL context that trusts this front's certificate. */
  static SSLContext clientContext() throws IOException, GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustManager()}, null);
    return context;
  }

  URI uri() {
    return URI.create("https://127.0.0.1:" + listener.getLocalPort());
  }

  /** The protocol each connection agreed by ALPN, in the order opened. */
  synchronized List<String> agreed() {
    return List.copyOf(agreed);
  }

  private static KeyStore keyStore() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = TlsFront.class.getResourceAsStream("/tls/localhost.p12")) {
      store.load(in, PASSWORD);
    }
    return store;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        SSLSocket client = (SSLSocket) listener.accept();
        client.setHandshakeApplicationProtocolSelector((socket, offered) ->
            allowH2 && offered.contains("h2") ? "h2" : offered.contains("http/1.1") ? "http/1.1" : null);
        Pipes.daemon("test-tls-front", () -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(SSLSocket client) {
    try {
      client.startHandshake();
      Socket server = new Socket(InetAddress.getLoopbackAddress(), upstream);
      synchronized (this) {
        agreed.add(client.getApplicationProtocol());
        sockets.add(client);
        sockets.add(server);
      }
      Pipes.daemon("test-tls-front", () -> Pipes.copy(server, client, null));
      Pipes.copy(client, server, null);
    } catch (IOException e) {
      Pipes.closeQuietly(client); // a failed handshake
    }
  }

  @Override
  public synchronized void close() throws IOException {
    listener.close();
    sockets.forEach(Pipes::closeQuietly);
  }
}
