package dev.triangulate.cli;

import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.server.Engine;
import dev.triangulate.server.ServerOptions;
import dev.triangulate.server.TriangulateServer;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triangulate serve}: the web app and JSON API over a persistent store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app and JSON API over a persistent store in --data DIR (see docs/api.md). "
                + "Articles can be added at any time: API, upload page, --watch folder, --feed URLs. "
                + "The write token comes from --token, --token-file or TRIANGULATE_TOKEN; without one, one is generated and printed."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Store directory (created when missing).")
    Path data;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default 8080; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default 127.0.0.1).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Write token (at least 8 characters).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the write token from this file.")
    Path tokenFile;

    @Option(names = "--protect-reads", description = "Require the token for reads too (pages ask for it once).")
    boolean protectReads;

    @Option(names = "--max-request-size", defaultValue = "10MB", paramLabel = "SIZE",
            description = "Largest request body, e.g. 512KB, 10MB (default 10MB).")
    String maxRequestSize;

    @Option(names = "--max-articles", defaultValue = "1000", description = "Most articles in one request or file (default 1000).")
    int maxArticles;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Option(names = "--watch", paramLabel = "DIR", description = "Add article files that appear in this folder.")
    Path watch;

    @Option(names = "--watch-interval", defaultValue = "5", paramLabel = "SECONDS", description = "How often --watch is scanned (default 5).")
    int watchSeconds;

    @Option(names = "--feed", paramLabel = "URL", description = "RSS/Atom feed to poll (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feed-interval", defaultValue = "15", paramLabel = "MINUTES", description = "How often feeds are polled (default 15).")
    int feedMinutes;

    @Override
    public Integer call() throws Exception {
        String tok;
        boolean generated = false;
        long maxBytes;
        List<URI> feedUris = new ArrayList<>();
        try {
            tok = token();
            if (tok == null) {
                byte[] b = new byte[18];
                new SecureRandom().nextBytes(b);
                tok = HexFormat.of().formatHex(b);
                generated = true;
            }
            if (tok.length() < 8) throw new IllegalArgumentException("the token must have at least 8 characters");
            maxBytes = size(maxRequestSize);
            for (String f : feeds) feedUris.add(feed(f));
            if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535");
            if (maxArticles < 1) throw new IllegalArgumentException("--max-articles must be at least 1");
            if (watchSeconds < 1 || feedMinutes < 1) throw new IllegalArgumentException("intervals must be at least 1");
            if (watch != null && !Files.isDirectory(watch)) throw new IllegalArgumentException("--watch folder does not exist: " + watch);
            if (Files.exists(data) && !Files.isDirectory(data)) throw new IllegalArgumentException("--data is not a directory: " + data);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("triangulate: error: " + e.getMessage());
            return 2;
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ServerOptions opts = new ServerOptions(data, host, port, tok, protectReads, maxBytes, maxArticles, n, watch, watchSeconds,
                feedUris, feedMinutes, 5);
        CompletableFuture<Triangulate> models = CompletableFuture.supplyAsync(() -> Triangulate.create(n));
        TriangulateServer server;
        try {
            server = TriangulateServer.start(opts, Engine.steps(models));
        } catch (IOException e) {
            System.err.println("triangulate: error: " + e.getMessage());
            models.thenAccept(Triangulate::close);
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                if (models.isDone()) models.join().close();
            } catch (IOException | RuntimeException e) {
                System.err.println("triangulate: error while stopping: " + e.getMessage());
            }
            stopped.countDown();
        }, "triangulate-shutdown"));
        var store = server.engine().store();
        var rec = store.recovery();
        System.out.printf("triangulate: serving http://%s:%d/ (data %s: %d articles, %d stories%s)%n", host, server.port(), data,
                store.articleCount(), store.storyCount(), rec.truncatedBytes() > 0 ? ", recovered: cut a torn record of " + rec.truncatedBytes() + " bytes" : "");
        if (generated) System.out.println("triangulate: write token (generated): " + tok);
        System.out.flush();
        stopped.await();
        return 0;
    }

    private String token() throws IOException {
        if (token != null) return token.strip();
        if (tokenFile != null) {
            if (!Files.isRegularFile(tokenFile)) throw new IllegalArgumentException("--token-file not found: " + tokenFile);
            return Files.readString(tokenFile).strip();
        }
        String env = System.getenv("TRIANGULATE_TOKEN");
        return env == null || env.isBlank() ? null : env.strip();
    }

    static long size(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        long mult = 1;
        if (t.endsWith("KB")) { mult = 1024; t = t.substring(0, t.length() - 2); }
        else if (t.endsWith("MB")) { mult = 1024 * 1024; t = t.substring(0, t.length() - 2); }
        else if (t.endsWith("B")) t = t.substring(0, t.length() - 1);
        try {
            long v = Long.parseLong(t.strip()) * mult;
            if (v < 1024) throw new IllegalArgumentException("--max-request-size must be at least 1KB");
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-request-size: not a size: " + s + " (use e.g. 512KB or 10MB)");
        }
    }

    private static URI feed(String s) {
        try {
            URI u = new URI(s);
            if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())) throw new URISyntaxException(s, "not http(s)");
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--feed: not an http(s) URL: " + s);
        }
    }
}
