package dev.triangulate.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of {@code triangulate serve}.
 *
 * @param dataDir          the store directory
 * @param host             interface to listen on
 * @param port             port (0 = any free port)
 * @param token            token required by write endpoints (and by reads when {@code protectReads})
 * @param protectReads     whether reads need the token too
 * @param maxRequestBytes  largest request body accepted
 * @param maxArticles      most articles accepted in one request or file
 * @param threads          analysis threads
 * @param watchDir         folder polled for new article files, or null
 * @param watchSeconds     how often the folder is polled
 * @param feeds            RSS/Atom feed URLs polled on a schedule
 * @param feedMinutes      how often feeds are polled
 * @param commitSeconds    how often the indexes are committed
 */
public record ServerOptions(Path dataDir, String host, int port, String token, boolean protectReads, long maxRequestBytes,
                            int maxArticles, int threads, Path watchDir, int watchSeconds, List<URI> feeds, int feedMinutes,
                            int commitSeconds) {
    public ServerOptions {
        feeds = List.copyOf(feeds);
        if (token == null || token.length() < 8) throw new IllegalArgumentException("the token must have at least 8 characters");
    }

    /** Defaults for everything but the directory and the token. */
    public static ServerOptions defaults(Path dataDir, String token) {
        return new ServerOptions(dataDir, "127.0.0.1", 8080, token, false, 10L << 20, 1000,
                Math.max(1, Runtime.getRuntime().availableProcessors()), null, 5, List.of(), 15, 5);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(dataDir, host, p, token, protectReads, maxRequestBytes, maxArticles, threads, watchDir, watchSeconds, feeds, feedMinutes, commitSeconds);
    }

    public ServerOptions withProtectReads(boolean b) {
        return new ServerOptions(dataDir, host, port, token, b, maxRequestBytes, maxArticles, threads, watchDir, watchSeconds, feeds, feedMinutes, commitSeconds);
    }

    public ServerOptions withMaxRequestBytes(long n) {
        return new ServerOptions(dataDir, host, port, token, protectReads, n, maxArticles, threads, watchDir, watchSeconds, feeds, feedMinutes, commitSeconds);
    }

    public ServerOptions withWatch(Path dir, int seconds) {
        return new ServerOptions(dataDir, host, port, token, protectReads, maxRequestBytes, maxArticles, threads, dir, seconds, feeds, feedMinutes, commitSeconds);
    }

    public ServerOptions withFeeds(List<URI> urls, int minutes) {
        return new ServerOptions(dataDir, host, port, token, protectReads, maxRequestBytes, maxArticles, threads, watchDir, watchSeconds, urls, minutes, commitSeconds);
    }

    public ServerOptions withThreads(int n) {
        return new ServerOptions(dataDir, host, port, token, protectReads, maxRequestBytes, maxArticles, n, watchDir, watchSeconds, feeds, feedMinutes, commitSeconds);
    }
}
