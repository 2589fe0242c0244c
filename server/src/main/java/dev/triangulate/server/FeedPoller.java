package dev.triangulate.server;

import dev.triangulate.ingest.IngestResult;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.model.Problem;
import dev.triangulate.server.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Polls RSS 2.0 and Atom feeds and adds their items as articles. Fetching is done here (the
 * operator names the feeds, so local addresses are allowed); reading is the batch reader's
 * ({@link Ingestor#readFeed}): the same text, metadata and ids as {@code analyze} gives a feed
 * file, so an item seen again on the next poll is recognised and not stored twice.
 */
final class FeedPoller implements Runnable {
    private final List<URI> feeds;
    private final Store store;
    private final Ingestor ingestor = new Ingestor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private int added;

    FeedPoller(List<URI> feeds, Store store) {
        this.feeds = List.copyOf(feeds);
        this.store = store;
    }

    synchronized int added() { return added; }

    @Override
    public synchronized void run() {
        for (URI u : feeds) {
            try {
                HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(u).timeout(Duration.ofSeconds(30))
                        .header("User-Agent", "triangulate/0.1 (feed poller)").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (resp.statusCode() / 100 != 2) {
                    System.err.println("triangulate: feed " + u + ": HTTP " + resp.statusCode());
                    continue;
                }
                IngestResult r = parse(resp.body(), u);
                for (Problem p : r.problems()) System.err.println("triangulate: feed " + u + ": skipped " + p.origin() + ": " + p.message());
                if (r.articles().isEmpty()) continue;
                for (Store.AddResult a : store.add(r.articles())) if (a.status() == Store.AddStatus.STORED) added++;
            } catch (IOException | RuntimeException e) {
                System.err.println("triangulate: feed " + u + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The items of an RSS or Atom document as articles, with a problem for every item that has none. */
    IngestResult parse(byte[] xml, URI feedUrl) {
        return ingestor.readFeed(xml, feedUrl);
    }
}
