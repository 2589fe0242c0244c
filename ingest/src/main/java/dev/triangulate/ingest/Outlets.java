package dev.triangulate.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives an outlet name from an article URL when the record does not name one. */
public final class Outlets {
    private Outlets() {}

    // Crawled corpora (GVA among them) link to archive.org copies; the outlet is the archived site.
    private static final Pattern WAYBACK = Pattern.compile(
            "^(?i:https?://(?:web\\.)?archive\\.org/web/[^/]+/)(.+)$");

    /**
     * The host of {@code url} in lower case without a leading "www.", looking through
     * Wayback Machine links to the archived URL; empty when there is no usable host.
     */
    public static Optional<String> fromUrl(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String u = url.strip();
        Matcher wayback = WAYBACK.matcher(u);
        if (wayback.matches()) {
            String inner = wayback.group(1);
            if (!inner.matches("(?i)^https?:/.*")) inner = "http://" + inner;
            // Some archives collapse "http://" to "http:/".
            inner = inner.replaceFirst("(?i)^(https?):/(?!/)", "$1://");
            u = inner;
        }
        try {
            String host = URI.create(u.replace(" ", "%20")).getHost();
            if (host == null || host.isBlank()) return Optional.empty();
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
            if (host.startsWith("www.")) host = host.substring(4);
            return host.isEmpty() ? Optional.empty() : Optional.of(host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
