package dev.triangulate.ingest;

import dev.triangulate.ingest.internal.HtmlDecoder;
import dev.triangulate.ingest.internal.MainTextExtractor;
import dev.triangulate.ingest.internal.PageMetadata;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Main-text extraction and metadata for one web page: the article body without navigation,
 * comments, related links, share buttons and captions, plus title, outlet, canonical URL,
 * author, published and modified time and language from meta tags, JSON-LD and
 * {@code <time>} elements. Thread-safe; see docs/architecture.md for the method and
 * docs/evaluation.md for its measured quality.
 */
public final class HtmlExtractor {
    private final MainTextExtractor mainText = new MainTextExtractor();

    /** An extractor with the standard settings. */
    public HtmlExtractor() {}

    /**
     * Extracts from raw bytes, working out the character set from the byte-order mark,
     * {@code declaredCharset} (an HTTP Content-Type charset, may be null), the page's own
     * {@code <meta charset>}, and the bytes themselves; a wrong or unknown declaration is
     * survived and noted in {@link HtmlPage#warnings()}.
     *
     * @param url where the page came from (resolves relative links; may be null)
     */
    public HtmlPage extract(byte[] bytes, String declaredCharset, String url) {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, declaredCharset);
        return extract(decoded.text(), url, decoded.warnings());
    }

    /**
     * Extracts from an already decoded page.
     *
     * @param url where the page came from (may be null)
     */
    public HtmlPage extract(String html, String url) {
        return extract(html, url, List.of());
    }

    private HtmlPage extract(String html, String url, List<String> warnings) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.of(doc, url);
        String text = mainText.extract(doc, meta.title(), meta.jsonLdBody());
        List<String> all = new ArrayList<>(warnings);
        return new HtmlPage(meta.title(), text, meta.siteName(), meta.canonicalUrl(), meta.author(),
                meta.published(), meta.modified(), meta.language(), all);
    }
}
