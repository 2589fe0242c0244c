package dev.triangulate.ingest.internal;

import dev.triangulate.ingest.HtmlExtractor;
import dev.triangulate.ingest.HtmlPage;
import dev.triangulate.ingest.NoiseCleaner;
import dev.triangulate.ingest.Outlets;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns web pages (from files, WARC records, URLs) into articles. */
public final class HtmlArticles {
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final NoiseCleaner cleaner;

    /** Pages' main text goes through {@code cleaner} as every other input's text does. */
    public HtmlArticles(NoiseCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * One page as an article, or empty (with a problem) when it has no main text.
     *
     * @param bytes   the page as received
     * @param charset the charset the transport declared, or null
     * @param url     where the page came from, or null
     * @param id      the article id
     * @param origin  for problems and {@link Article#origin()}
     */
    public Optional<Article> article(byte[] bytes, String charset, String url, String id, String origin,
                                     Consumer<Problem> problems) {
        if (Sniffer.isBinary(bytes)) {
            problems.accept(new Problem(origin, "binary content, not an HTML page"));
            return Optional.empty();
        }
        HtmlPage page = extractor.extract(bytes, charset, url);
        for (String w : page.warnings()) problems.accept(new Problem(origin, "warning: " + w));
        String body = cleaner.clean(page.text());
        if (body.isEmpty()) {
            problems.accept(new Problem(origin, "no main text found in the page"));
            return Optional.empty();
        }
        String title = NoiseCleaner.cleanTitle(page.title());
        String link = page.canonicalUrl() != null ? page.canonicalUrl() : url;
        String outlet = page.siteName() != null ? page.siteName() : Outlets.fromUrl(link).orElse(null);
        return Optional.of(new Article(id, title, body, outlet, link, page.published(), page.author(),
                page.language(), origin));
    }

    /** A short stable id for a URL: {@code prefix-} and 12 hex digits of its SHA-1. */
    public static String idFor(String prefix, String url) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(url.getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name without compression and format extensions ("page.html.gz" → "page"). */
    public static String baseName(String fileName) {
        String n = fileName;
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) { n = n.substring(0, n.length() - 3); lower = lower.substring(0, lower.length() - 3); }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
