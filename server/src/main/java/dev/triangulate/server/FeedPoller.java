package dev.triangulate.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import dev.triangulate.server.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Polls RSS 2.0 and Atom feeds and adds their items as articles: the item's full content
 * ({@code content:encoded} or Atom {@code content}) when present, else its description or
 * summary. An item's id derives from its guid (else its link), so an item seen again on the
 * next poll is recognised and not stored twice.
 */
final class FeedPoller implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<URI> feeds;
    private final Store store;
    private final ArticleInput input;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private int added;

    FeedPoller(List<URI> feeds, Store store, ArticleInput input) {
        this.feeds = List.copyOf(feeds);
        this.store = store;
        this.input = input;
    }

    synchronized int added() { return added; }

    @Override
    public synchronized void run() {
        for (URI u : feeds) {
            try {
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(u).timeout(Duration.ofSeconds(30))
                        .header("User-Agent", "triangulate/0.1 (feed poller)").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() / 100 != 2) {
                    System.err.println("triangulate: feed " + u + ": HTTP " + resp.statusCode());
                    continue;
                }
                List<Problem> problems = new ArrayList<>();
                List<Article> articles = parse(resp.body(), u.toString(), problems);
                for (Problem p : problems) System.err.println("triangulate: feed " + u + ": skipped " + p.origin() + ": " + p.message());
                if (articles.isEmpty()) continue;
                for (Store.AddResult r : store.add(articles)) if (r.status() == Store.AddStatus.STORED) added++;
            } catch (IOException | RuntimeException e) {
                System.err.println("triangulate: feed " + u + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The items of an RSS or Atom document as articles. */
    List<Article> parse(String xml, String feedUrl, List<Problem> problems) {
        Document doc = Jsoup.parse(xml, feedUrl, Parser.xmlParser());
        String channel = first(doc, "channel > title", "feed > title");
        List<Article> out = new ArrayList<>();
        int n = 0;
        for (Element item : doc.select("item, entry")) {
            n++;
            ObjectNode r = JSON.createObjectNode();
            String link = first(item, "link");
            if (link == null) {
                Element l = item.selectFirst("link[href]");
                if (l != null) link = l.attr("href");
            }
            String guid = first(item, "guid", "id");
            String key = guid != null ? guid : link;
            String title = first(item, "title");
            String html = first(item, "content|encoded", "encoded", "content", "description", "summary");
            if (html == null) {
                problems.add(new Problem(feedUrl + " item " + n, "no content"));
                continue;
            }
            r.put("id", "feed-" + ArticleInput.sha(key != null ? key : feedUrl + "\n" + title));
            if (title != null) r.put("title", Jsoup.parse(title).text());
            r.put("content", text(html));
            if (link != null) r.put("url", link);
            String date = first(item, "pubDate", "published", "updated", "dc|date", "date");
            if (date != null) r.put("published", date);
            String author = first(item, "author > name", "dc|creator", "creator", "author");
            if (author != null) r.put("author", author);
            if (channel != null && link == null) r.put("outlet", channel);
            out.addAll(input.fromRecord(r, feedUrl + " item " + n, problems));
        }
        return out;
    }

    // HTML content to text with paragraphs kept as blank-line-separated blocks
    private static String text(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        List<String> paras = new ArrayList<>();
        for (Element e : d.body().select("p, li, h1, h2, h3, h4, blockquote")) {
            if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) continue;
            String t = e.text().strip();
            if (!t.isEmpty()) paras.add(t);
        }
        return paras.isEmpty() ? d.body().text() : String.join("\n\n", paras);
    }

    private static String first(Element e, String... selectors) {
        for (String s : selectors) {
            try {
                Element x = e.selectFirst(s);
                if (x != null && !x.text().isBlank()) return x.text().strip();
                if (x != null && !x.wholeText().isBlank()) return x.wholeText().strip();
            } catch (RuntimeException ignored) {
                // a selector this jsoup version does not understand
            }
        }
        return null;
    }
}
