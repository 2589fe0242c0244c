package dev.triangulate.ingest;

import java.time.Duration;

/**
 * Limits and switches for {@link Ingestor}. Start from {@link #defaults()} and change what
 * you need with the {@code with...} methods.
 *
 * @param maxBytes              pages, feeds and fetched bodies larger than this are skipped (a WARC
 *                              file is streamed; the cap applies to each of its records)
 * @param timeout               connect and request timeout for URLs
 * @param maxRedirects          redirects followed at most when fetching a URL
 * @param allowPrivateAddresses whether URLs may point at loopback or private-network addresses
 * @param obeyRobotsTxt         whether robots.txt is fetched and obeyed for URLs
 * @param userAgent             the User-Agent sent with every request
 * @param progress              told after each input is read
 */
public record IngestOptions(long maxBytes, Duration timeout, int maxRedirects, boolean allowPrivateAddresses,
                            boolean obeyRobotsTxt, String userAgent, IngestProgress progress) {
    /** The default User-Agent. */
    public static final String USER_AGENT =
            "triangulate/0.1 (news cross-checking engine; obeys robots.txt)";

    /** Checks the limits. */
    public IngestOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
        if (userAgent == null || userAgent.isBlank()) userAgent = USER_AGENT;
        if (progress == null) progress = IngestProgress.NONE;
    }

    /** 16 MiB per page, 20 s timeout, 5 redirects, public addresses only, robots.txt obeyed, no progress. */
    public static IngestOptions defaults() {
        return new IngestOptions(16L << 20, Duration.ofSeconds(20), 5, false, true, USER_AGENT, IngestProgress.NONE);
    }

    /** A copy with another size cap. */
    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(bytes, timeout, maxRedirects, allowPrivateAddresses, obeyRobotsTxt, userAgent, progress);
    }

    /** A copy with another timeout. */
    public IngestOptions withTimeout(Duration t) {
        return new IngestOptions(maxBytes, t, maxRedirects, allowPrivateAddresses, obeyRobotsTxt, userAgent, progress);
    }

    /** A copy with another redirect limit. */
    public IngestOptions withMaxRedirects(int n) {
        return new IngestOptions(maxBytes, timeout, n, allowPrivateAddresses, obeyRobotsTxt, userAgent, progress);
    }

    /** A copy that may (or may not) fetch from loopback and private addresses. */
    public IngestOptions withAllowPrivateAddresses(boolean allow) {
        return new IngestOptions(maxBytes, timeout, maxRedirects, allow, obeyRobotsTxt, userAgent, progress);
    }

    /** A copy that obeys (or ignores) robots.txt. */
    public IngestOptions withObeyRobotsTxt(boolean obey) {
        return new IngestOptions(maxBytes, timeout, maxRedirects, allowPrivateAddresses, obey, userAgent, progress);
    }

    /** A copy reporting progress to {@code p}. */
    public IngestOptions withProgress(IngestProgress p) {
        return new IngestOptions(maxBytes, timeout, maxRedirects, allowPrivateAddresses, obeyRobotsTxt, userAgent, p);
    }
}
