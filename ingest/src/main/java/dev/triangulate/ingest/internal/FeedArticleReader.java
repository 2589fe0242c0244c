package dev.triangulate.ingest.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.triangulate.ingest.ArticleReader;
import dev.triangulate.ingest.NoiseCleaner;
import dev.triangulate.ingest.Outlets;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom feed with ROME: one article per entry, its text from the entry's
 * content (else its description/summary). DOCTYPE declarations are refused, so XML external
 * entities and entity expansion bombs cannot be used against the reader.
 */
public final class FeedArticleReader implements ArticleReader {
    private final NoiseCleaner cleaner;
    private final long maxBytes;

    /** @param maxBytes feeds larger than this (decompressed) are skipped with a problem */
    public FeedArticleReader(NoiseCleaner cleaner, long maxBytes) {
        this.cleaner = cleaner;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        read(Bytes.read(file, maxBytes), HtmlArticles.baseName(file.getFileName().toString()), file.toString(),
                articles, problems);
    }

    /**
     * Reads a feed already in memory.
     *
     * @param idPrefix prefix of the entries' ids (the feed's file name, or host)
     * @param origin   the file or URL, for problems
     */
    public void read(byte[] bytes, String idPrefix, String origin, Consumer<Article> articles, Consumer<Problem> problems) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            problems.accept(new Problem(origin, "not a readable RSS/Atom feed: " + reason(e)));
            return;
        }
        String feedTitle = blankToNull(feed.getTitle());
        String language = feed.getLanguage() == null ? null : feed.getLanguage().strip().toLowerCase(Locale.ROOT);
        if (language != null && language.length() > 2) language = language.substring(0, 2);
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String link = blankToNull(entry.getLink());
            String key = link != null ? link : blankToNull(entry.getUri());
            if (key == null) key = String.valueOf(entry.getTitle()) + "#" + n;
            String where = origin + "#" + n;
            List<String> parts = new ArrayList<>();
            for (SyndContent c : entry.getContents()) if (c.getValue() != null) parts.add(c.getValue());
            if (parts.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
                parts.add(entry.getDescription().getValue());
            }
            String body = cleaner.clean(HtmlText.of(String.join("\n", parts)));
            String title = NoiseCleaner.cleanTitle(entry.getTitle());
            if (body.isEmpty()) {
                problems.accept(new Problem(where, "feed entry '" + title + "' has no text"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            Instant published = date == null ? null : date.toInstant();
            String outlet = Outlets.fromUrl(link).orElse(feedTitle);
            articles.accept(new Article(HtmlArticles.idFor(idPrefix, key), title, body, outlet, link, published,
                    blankToNull(entry.getAuthor()), language, where));
        }
        if (n == 0) problems.accept(new Problem(origin, "feed has no entries"));
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null) return e.getClass().getSimpleName();
        if (m.contains("DOCTYPE")) return "DOCTYPE declarations are not allowed (XML external entities are disabled)";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
