package dev.triangulate.ingest.internal;

import dev.triangulate.ingest.ArticleReader;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or ARC file (whole-file or per-record gzip) with jwarc: one article per HTTP
 * response record with status 200 and an HTML content type; other records (requests,
 * metadata, images, redirects) are passed over silently. The file is streamed, so its size
 * is not limited; each response body is capped. A truncated or corrupt file keeps the
 * articles read before the damage and reports where it stopped. Records are read in order;
 * their pages are extracted in parallel batches and handed on in record order.
 */
public final class WarcArticleReader implements ArticleReader {
    private final HtmlArticles pages;
    private final long maxRecordBytes;

    /** @param maxRecordBytes response bodies larger than this are skipped with a problem */
    public WarcArticleReader(HtmlArticles pages, long maxRecordBytes) {
        this.pages = pages;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        String prefix = HtmlArticles.baseName(file.getFileName().toString());
        int records = 0;
        int pagesSeen = 0;
        List<Page> batch = new ArrayList<>();
        long batchBytes = 0;
        try (InputStream raw = Bytes.open(file); WarcReader reader = new WarcReader(Channels.newChannel(raw))) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) break;
                records++;
                if (!(next.get() instanceof WarcResponse response)) continue;
                String target = response.target();
                String origin = file + "#" + records + " " + target;
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException | RuntimeException e) {
                    continue; // not an HTTP response (dns:, gemini:, ...)
                }
                if (http.status() != 200 || !isHtml(http.contentType())) continue;
                pagesSeen++;
                byte[] body;
                try (InputStream in = Channels.newInputStream(http.bodyDecoded())) {
                    body = Bytes.readCapped(in, maxRecordBytes);
                } catch (Bytes.TooLargeException e) {
                    problems.accept(new Problem(origin, "page " + e.getMessage()));
                    continue;
                }
                String charset = http.contentType().parameters().get("charset");
                batch.add(new Page(body, charset, target, HtmlArticles.idFor(prefix, target), origin));
                batchBytes += body.length;
                if (batch.size() >= BATCH || batchBytes >= BATCH_BYTES) {
                    flush(batch, articles, problems);
                    batchBytes = 0;
                }
            }
            flush(batch, articles, problems);
        } catch (IOException | RuntimeException e) {
            flush(batch, articles, problems); // keep what was read before the damage
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.accept(new Problem(file.toString(), "truncated or corrupt archive after " + records + " record(s): "
                    + what.toLowerCase(Locale.ROOT)));
            return;
        }
        if (pagesSeen == 0) problems.accept(new Problem(file.toString(), "no HTML responses in " + records + " record(s)"));
    }

    private static final int BATCH = 64;
    private static final long BATCH_BYTES = 64L << 20;

    private record Page(byte[] body, String charset, String url, String id, String origin) {}

    private record Outcome(Optional<Article> article, List<Problem> problems) {}

    // Reading records is sequential; extracting their pages is not: do a batch on all cores, emit in record order.
    private void flush(List<Page> batch, Consumer<Article> articles, Consumer<Problem> problems) {
        if (batch.isEmpty()) return;
        List<Outcome> outcomes = batch.parallelStream().map(p -> {
            List<Problem> local = new ArrayList<>(1);
            Optional<Article> a;
            try {
                a = pages.article(p.body(), p.charset(), p.url(), p.id(), p.origin(), local::add);
            } catch (RuntimeException | StackOverflowError e) {
                local.add(new Problem(p.origin(), "cannot read the page: " + e.getClass().getSimpleName()));
                a = Optional.empty();
            }
            return new Outcome(a, local);
        }).toList();
        batch.clear();
        for (Outcome o : outcomes) {
            o.problems().forEach(problems);
            o.article().ifPresent(articles);
        }
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) return false;
        String t = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }
}
