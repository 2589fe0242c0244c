package dev.triangulate.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a local HTTP server started by the test (loopback only). */
class UrlFetcherTest {
    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\n");
            case "/page" -> send(ex, 200, "text/html; charset=utf-8", Fixtures.page("Ferry terminal closed", "the closure"));
            case "/big" -> send(ex, 200, "text/html", "<p>" + "x".repeat(10_000) + "</p>");
            case "/slow" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, "text/html", "<p>late</p>");
            }
            case "/missing" -> send(ex, 404, "text/plain", "no");
            default -> {
                if (path.startsWith("/hop/")) {
                    int n = Integer.parseInt(path.substring(5));
                    ex.getResponseHeaders().add("Location", n == 0 ? "/page" : "/hop/" + (n - 1));
                    ex.sendResponseHeaders(302, -1);
                    ex.close();
                } else {
                    send(ex, 404, "text/plain", "no");
                }
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private UrlFetcher fetcher(boolean allowPrivate) {
        return new UrlFetcher(Duration.ofMillis(1000), 4096, 3, allowPrivate, true, "triangulate-test/1");
    }

    @Test
    void fetchesAPageWithAClearUserAgent() throws Exception {
        UrlFetcher.Fetched got = fetcher(true).fetch(URI.create(base + "/page"));
        assertThat(new String(got.body(), StandardCharsets.UTF_8)).contains("Ferry terminal closed");
        assertThat(got.charset()).isEqualTo("utf-8");
        assertThat(requests).containsExactly("/robots.txt", "/page");
        assertThat(agents).containsOnly("triangulate-test/1");
    }

    @Test
    void refusesLoopbackUnlessAllowed() {
        assertThatThrownBy(() -> fetcher(false).fetch(URI.create(base + "/page")))
                .hasMessageContaining("loopback or private address");
        assertThat(requests).isEmpty();
    }

    @Test
    void obeysRobotsTxt() {
        assertThatThrownBy(() -> fetcher(true).fetch(URI.create(base + "/private/page"))).hasMessageContaining("robots.txt");
        assertThat(requests).containsExactly("/robots.txt");
    }

    @Test
    void followsRedirectsUpToTheLimit() throws Exception {
        assertThat(fetcher(true).fetch(URI.create(base + "/hop/2")).finalUrl().getPath()).isEqualTo("/page");
        assertThatThrownBy(() -> fetcher(true).fetch(URI.create(base + "/hop/5"))).hasMessageContaining("too many redirects");
    }

    @Test
    void capsTheBodySize() {
        assertThatThrownBy(() -> fetcher(true).fetch(URI.create(base + "/big"))).hasMessageContaining("larger than the 4 KiB limit");
    }

    @Test
    void timesOut() {
        assertThatThrownBy(() -> fetcher(true).fetch(URI.create(base + "/slow"))).hasMessageContaining("timed out");
    }

    @Test
    void reportsHttpErrorsAndOtherSchemes() {
        assertThatThrownBy(() -> fetcher(true).fetch(URI.create(base + "/missing"))).hasMessage("HTTP 404");
        assertThatThrownBy(() -> fetcher(true).fetch(URI.create("file:///etc/passwd"))).hasMessageContaining("only http and https");
    }

    @Test
    void classifiesInternalAddresses() throws Exception {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1")) {
            assertThat(UrlFetcher.isInternal(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111")) {
            assertThat(UrlFetcher.isInternal(InetAddress.getByName(a))).as(a).isFalse();
        }
    }
}
