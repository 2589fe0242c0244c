package dev.triangulate.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.ingest.PublishedDates;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata from, in order of trust: JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}, ... also inside {@code @graph}), Open Graph and article meta tags,
 * other common meta names (Dublin Core, parsely, sailthru), microdata ({@code itemprop}),
 * and finally the visible page ({@code <h1>}, {@code <title>}, {@code <time datetime>}).
 *
 * @param jsonLdBody the JSON-LD {@code articleBody}, or null: a second opinion on the main text
 */
public record PageMetadata(String title, String siteName, String canonicalUrl, String author,
                           Instant published, Instant modified, String language, String jsonLdBody) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(Article|BlogPosting|Report|WebPage|LiveBlogPosting|Posting)$");
    private static final Pattern LANG = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_][a-z0-9]+)*$");

    /** Reads the metadata of {@code doc}; {@code url} is where it came from (may be null). */
    public static PageMetadata of(Document doc, String url) {
        JsonNode ld = jsonLdArticle(doc);
        String siteName = first(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"),
                meta(doc, "application-name"), meta(doc, "twitter:site"));
        if (siteName != null && siteName.startsWith("@")) siteName = siteName.substring(1);
        String title = first(meta(doc, "og:title"), ldText(ld, "headline"), ldText(ld, "name"),
                meta(doc, "twitter:title"), text(doc.selectFirst("h1")), pageTitle(doc, siteName));
        String canonical = first(attr(doc.selectFirst("link[rel=canonical][href]"), "abs:href"), meta(doc, "og:url"), url);
        String author = first(ldAuthor(ld), meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "parsely-author"), meta(doc, "sailthru.author"), meta(doc, "dc.creator"),
                text(doc.selectFirst("[itemprop=author] [itemprop=name]")), text(doc.selectFirst("[itemprop=author]")),
                text(doc.selectFirst("[rel=author]")));
        if (author != null && (author.startsWith("http://") || author.startsWith("https://"))) author = null;
        Instant published = date(ldText(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), meta(doc, "published_time"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "parsely-pub-date"), meta(doc, "sailthru.date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.created"), meta(doc, "date"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"),
                attr(doc.selectFirst("time[pubdate][datetime]"), "datetime"),
                attr(doc.selectFirst("article time[datetime], time[datetime]"), "datetime"));
        Instant modified = date(ldText(ld, "dateModified"), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), meta(doc, "dcterms.modified"), meta(doc, "last-modified"),
                attr(doc.selectFirst("[itemprop=dateModified]"), "content"),
                attr(doc.selectFirst("[itemprop=dateModified]"), "datetime"));
        String language = language(first(attr(doc.selectFirst("html[lang]"), "lang"),
                meta(doc, "content-language"), meta(doc, "og:locale"), ldText(ld, "inLanguage")));
        String body = ldText(ld, "articleBody");
        return new PageMetadata(title == null ? "" : title, siteName, canonical, author, published, modified,
                language, body);
    }

    // The first JSON-LD object of an article type, looking into arrays and @graph.
    private static JsonNode jsonLdArticle(Document doc) {
        JsonNode fallback = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (Exception e) {
                continue; // broken JSON-LD is common and not worth a warning
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) todo.add(root);
            int seen = 0;
            while (!todo.isEmpty() && seen++ < 1000) {
                JsonNode n = todo.poll();
                if (n.isArray()) {
                    n.forEach(todo::add);
                } else if (n.isObject()) {
                    if (n.has("@graph")) todo.add(n.get("@graph"));
                    if (n.has("mainEntity")) todo.add(n.get("mainEntity"));
                    String type = typeOf(n);
                    if (type != null && ARTICLE_TYPE.matcher(type).matches()) {
                        if (!type.endsWith("WebPage")) return n;
                        if (fallback == null) fallback = n;
                    }
                }
            }
        }
        return fallback;
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) return null;
        if (t.isArray()) {
            for (JsonNode x : t) if (x.isTextual() && ARTICLE_TYPE.matcher(x.asText()).matches()) return x.asText();
            return t.size() > 0 ? t.get(0).asText() : null;
        }
        return t.asText();
    }

    private static String ldText(JsonNode ld, String... path) {
        JsonNode n = ld;
        for (String p : path) {
            if (n == null) return null;
            if (n.isArray()) n = n.size() > 0 ? n.get(0) : null;
            if (n == null) return null;
            n = n.get(p);
        }
        if (n == null || n.isNull()) return null;
        if (n.isArray()) n = n.size() > 0 ? n.get(0) : null;
        if (n == null || n.isContainerNode()) return null;
        return clean(n.asText());
    }

    private static String ldAuthor(JsonNode ld) {
        if (ld == null) return null;
        JsonNode a = ld.get("author");
        if (a == null) return null;
        List<String> names = new ArrayList<>();
        for (JsonNode x : a.isArray() ? a : List.of(a)) {
            String name = x.isTextual() ? x.asText() : x.path("name").asText(null);
            name = clean(name);
            if (name != null && !names.contains(name)) names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            if (k.equalsIgnoreCase(key)) {
                String v = clean(m.attr("content"));
                if (v != null) return v;
            }
        }
        return null;
    }

    private static String pageTitle(Document doc, String siteName) {
        String t = clean(doc.title());
        if (t == null) return null;
        // "Headline | Outlet", "Headline - Outlet": drop the outlet part
        String[] parts = t.split("\\s+[|\u2013\u2014-]\\s+");
        if (parts.length > 1) {
            String last = parts[parts.length - 1];
            if (siteName == null || last.equalsIgnoreCase(siteName) || last.length() < parts[0].length()) return parts[0].strip();
        }
        return t;
    }

    private static Instant date(String... candidates) {
        for (String c : candidates) {
            if (c == null) continue;
            Optional<Instant> d = PublishedDates.parse(c);
            if (d.isPresent()) return d.get();
        }
        return null;
    }

    private static String language(String raw) {
        if (raw == null) return null;
        var m = LANG.matcher(raw.strip());
        if (!m.matches()) return null;
        String code = m.group(1).toLowerCase(Locale.ROOT);
        return code.length() == 2 ? code : null;
    }

    private static String text(Element e) {
        return e == null ? null : clean(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : clean(e.attr(name));
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }
}
