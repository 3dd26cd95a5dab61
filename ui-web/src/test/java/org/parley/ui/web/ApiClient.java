package org.parley.ui.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests and the load bench: JSON in, status and JSON out. */
final class ApiClient {

  record Reply(int status, String body, String contentType) {
    JsonElement json() {
      return JsonParser.parseString(body);
    }
  }

  /** Each client keeps its own cookies, as a browser does. */
  private final HttpClient http;
  private final String base;

  ApiClient(int port) {
    this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .cookieHandler(new java.net.CookieManager()).build(), port);
  }

  private ApiClient(HttpClient http, int port) {
    this.http = http;
    this.base = "http://127.0.0.1:" + port;
  }

  /** The same browser (its cookies) on another port: the server after a restart. */
  ApiClient at(int port) {
    return new ApiClient(http, port);
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply post(String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  /**
   * A request from another address of this machine ({@code 127.0.0.2}, say): another client as the
   * server sees it. Plain HTTP/1.1 over a socket bound to {@code local}; the connection closes.
   */
  Reply from(String local, String method, String path, String body) {
    int port = URI.create(base).getPort();
    try (java.net.Socket s = new java.net.Socket()) {
      s.bind(new java.net.InetSocketAddress(local, 0));
      s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
      s.setSoTimeout(60_000);
      byte[] bytes = body == null ? new byte[0]
          : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
          + bytes.length + "\r\n\r\n";
      s.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      s.getOutputStream().write(bytes);
      String reply = new String(s.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      int split = reply.indexOf("\r\n\r\n");
      String headers = reply.substring(0, split).toLowerCase(java.util.Locale.ROOT);
      String content = reply.substring(split + 4);
      if (headers.contains("transfer-encoding: chunked")) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
          int eol = content.indexOf("\r\n", at);
          int size = Integer.parseInt(content.substring(at, eol).trim(), 16);
          if (size == 0) {
            break;
          }
          out.append(content, eol + 2, eol + 2 + size); // ASCII JSON here: chars = bytes
          at = eol + 2 + size + 2;
        }
        content = out.toString();
      }
      String type = headers.lines().filter(l -> l.startsWith("content-type:"))
          .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
      return new Reply(Integer.parseInt(reply.substring(9, 12)), content, type);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An event stream's lines as they come (the stream stays open). */
  java.util.stream.Stream<String> lines(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
        .body();
  }

  Reply raw(HttpRequest.Builder request) {
    return send(request);
  }

  String base() {
    return base;
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(),
          r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
