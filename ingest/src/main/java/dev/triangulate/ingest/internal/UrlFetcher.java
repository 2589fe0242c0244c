package dev.triangulate.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches http(s) URLs politely and defensively: a clear User-Agent, connect and request
 * timeouts, a cap on the body size, a limit on redirects (each hop checked again), robots.txt
 * obeyed (RFC 9309: rules for our agent name or {@code *}, longest match wins, a missing
 * robots.txt allows everything, a failing one forbids everything), and no requests to
 * loopback, private, link-local or otherwise internal addresses unless allowed.
 */
public final class UrlFetcher {
    /** The product token robots.txt rules are matched against. */
    public static final String AGENT = "triangulate";

    /** A fetch that did not yield a page; the message is one line for the user. */
    public static final class FetchException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message one line for the user */
        public FetchException(String message) {
            super(message);
        }
    }

    /** A fetched body, its Content-Type header (or null) and the URL after redirects. */
    public record Fetched(byte[] body, String contentType, URI finalUrl) {
        /** The charset parameter of the Content-Type, or null. */
        public String charset() {
            if (contentType == null) return null;
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) return p.substring(8).replace("\"", "").strip();
            }
            return null;
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final boolean allowPrivate;
    private final boolean obeyRobots;
    private final String userAgent;
    private final Map<String, RobotsTxt> robots = new ConcurrentHashMap<>();

    /**
     * @param timeout      connect timeout and whole-request timeout
     * @param maxBytes     bodies larger than this are refused
     * @param maxRedirects redirects followed at most
     * @param allowPrivate whether loopback and private-network addresses may be fetched
     * @param obeyRobots   whether robots.txt is fetched and obeyed
     * @param userAgent    the User-Agent header
     */
    public UrlFetcher(Duration timeout, long maxBytes, int maxRedirects, boolean allowPrivate, boolean obeyRobots,
                      String userAgent) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.allowPrivate = allowPrivate;
        this.obeyRobots = obeyRobots;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches {@code url}, following redirects itself so every hop is checked. */
    public Fetched fetch(URI url) throws IOException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            checkAllowed(current);
            if (obeyRobots && !robotsAllow(current)) throw new FetchException("disallowed by robots.txt of " + current.getHost());
            HttpResponse<InputStream> r = send(current);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && r.headers().firstValue("location").isPresent()) {
                close(r);
                if (hop >= maxRedirects) throw new FetchException("too many redirects (more than " + maxRedirects + ")");
                current = current.resolve(r.headers().firstValue("location").get().strip());
                continue;
            }
            if (status != 200) {
                close(r);
                throw new FetchException("HTTP " + status);
            }
            long declared = r.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > maxBytes) {
                close(r);
                throw new FetchException("larger than the " + Bytes.describe(maxBytes) + " limit, skipped");
            }
            try (InputStream in = r.body()) {
                byte[] body = Bytes.readCapped(in, maxBytes);
                return new Fetched(body, r.headers().firstValue("content-type").orElse(null), current);
            } catch (Bytes.TooLargeException e) {
                throw new FetchException(e.getMessage());
            }
        }
    }

    private HttpResponse<InputStream> send(URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,*/*;q=0.5").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (IOException e) {
            String m = e.getMessage();
            throw new FetchException("cannot connect: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m));
        }
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    /** Refuses non-http(s) URLs and, unless allowed, hosts that resolve to internal addresses. */
    void checkAllowed(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new FetchException("only http and https URLs can be fetched");
        String host = url.getHost();
        if (host == null || host.isBlank()) throw new FetchException("URL has no host");
        if (allowPrivate) return;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host);
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                throw new FetchException("refusing to fetch " + host + " (" + a.getHostAddress()
                        + "): a loopback or private address (allow with --allow-private)");
            }
        }
    }

    /** Loopback, private (RFC 1918, IPv6 ULA), link-local, carrier-grade NAT, unspecified or multicast. */
    public static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) return true;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
            return b0 == 0 || b0 == 100 && b1 >= 64 && b1 < 128 || b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0
                    || b0 >= 240;
        }
        if (a instanceof Inet6Address) {
            int b0 = b[0] & 0xFF;
            if ((b0 & 0xFE) == 0xFC) return true; // fc00::/7 unique local
            // IPv4-mapped ::ffff:a.b.c.d
            boolean mapped = true;
            for (int i = 0; i < 10; i++) if (b[i] != 0) { mapped = false; break; }
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean robotsAllow(URI url) throws FetchException {
        String key = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        RobotsTxt rules = robots.get(key);
        if (rules == null) {
            rules = loadRobots(URI.create(key + "/robots.txt"));
            robots.put(key, rules);
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) path += "?" + url.getRawQuery();
        return rules.allows(path);
    }

    private RobotsTxt loadRobots(URI robotsUrl) throws FetchException {
        URI current = robotsUrl;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            checkAllowed(current);
            HttpResponse<InputStream> r;
            try {
                r = send(current);
            } catch (IOException e) {
                return RobotsTxt.DISALLOW_ALL; // unreachable: assume the site does not want crawling
            }
            int status = r.statusCode();
            if (status >= 300 && status < 400 && r.headers().firstValue("location").isPresent()) {
                close(r);
                current = current.resolve(r.headers().firstValue("location").get().strip());
                continue;
            }
            if (status >= 400 && status < 500) {
                close(r);
                return RobotsTxt.ALLOW_ALL;
            }
            if (status != 200) {
                close(r);
                return RobotsTxt.DISALLOW_ALL;
            }
            try (InputStream in = r.body()) {
                byte[] body = in.readNBytes(500 * 1024); // RFC 9309: at least 500 KiB must be parsed
                return RobotsTxt.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), AGENT);
            } catch (IOException e) {
                return RobotsTxt.DISALLOW_ALL;
            }
        }
        return RobotsTxt.ALLOW_ALL; // RFC 9309: too many redirects for robots.txt means unavailable
    }

}
