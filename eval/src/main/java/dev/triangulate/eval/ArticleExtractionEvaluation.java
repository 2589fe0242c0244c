package dev.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.ingest.HtmlExtractor;
import dev.triangulate.ingest.HtmlPage;
import dev.triangulate.ingest.IngestException;
import dev.triangulate.ingest.IngestResult;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Main-text extraction measured on the article-extraction benchmark (Zyte, 181 pages):
 * {@code ground-truth.json} ({@code {id: {articleBody, url}}}) and {@code html/<id>.html.gz}.
 * Scores exactly as the benchmark's {@code evaluate.py}: per-page shingle precision and
 * recall ({@link ShingleMatch}), precision averaged over pages with a non-empty prediction,
 * recall over pages with a non-empty gold text, F1 the harmonic mean of the two averages.
 * The mean of per-page F1 is reported too.
 */
public final class ArticleExtractionEvaluation {
    private ArticleExtractionEvaluation() {}

    /** One page's outcome. */
    public record Page(String id, ShingleMatch match, String predicted) {}

    /**
     * Scores and speed.
     *
     * @param precision    mean precision (benchmark definition)
     * @param recall       mean recall (benchmark definition)
     * @param f1           harmonic mean of {@code precision} and {@code recall}: the benchmark's F1
     * @param meanPageF1   mean of per-page F1
     * @param extractNanos time spent in extraction only (decoding, parsing, extraction), summed
     */
    public record Result(int pages, double precision, double recall, double f1, double meanPageF1,
                         long extractNanos, List<Page> perPage) {
        /** Milliseconds of extraction per page. */
        public double msPerPage() {
            return pages == 0 ? 0 : extractNanos / 1e6 / pages;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "pages %d%nprecision %.4f  recall %.4f  F1 %.4f  (mean per-page F1 %.4f)%n"
                            + "extraction %.2f ms/page (%.0f pages/s, one thread, parse included)",
                    pages, precision, recall, f1, meanPageF1, msPerPage(), msPerPage() == 0 ? 0 : 1000 / msPerPage());
        }
    }

    /**
     * Runs the evaluation over the dataset directory.
     *
     * @param dir    holds ground-truth.json and html/
     * @param dumpTo when not null, the predicted text of each page is written there as {@code <id>.txt}
     * @throws IOException when the dataset cannot be read
     */
    public static Result run(Path dir, Path dumpTo) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) throw new IOException("no ground-truth.json in " + dir);
        JsonNode gt = new ObjectMapper().readTree(truth.toFile());
        HtmlExtractor extractor = new HtmlExtractor();
        // warm up the JIT on a few pages so that ms/page reflects steady state
        int warm = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.properties().iterator(); it.hasNext() && warm < 20; warm++) {
            var e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (Files.isRegularFile(html)) extractor.extract(gunzip(html), null, e.getValue().path("url").asText(null));
        }
        if (dumpTo != null) Files.createDirectories(dumpTo);
        List<Page> pages = new ArrayList<>();
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            String gold = e.getValue().path("articleBody").asText("");
            String url = e.getValue().path("url").asText(null);
            Path html = dir.resolve("html").resolve(id + ".html.gz");
            String predicted = "";
            if (Files.isRegularFile(html)) {
                byte[] bytes = gunzip(html);
                long t0 = System.nanoTime();
                HtmlPage page = extractor.extract(bytes, null, url);
                nanos += System.nanoTime() - t0;
                predicted = page.text();
            }
            if (dumpTo != null) Files.writeString(dumpTo.resolve(id + ".txt"), predicted, StandardCharsets.UTF_8);
            pages.add(new Page(id, ShingleMatch.of(gold, predicted), predicted));
        }
        return score(pages, nanos);
    }

    static Result score(List<Page> pages, long nanos) {
        double p = 0, r = 0, f = 0;
        int np = 0, nr = 0;
        for (Page page : pages) {
            ShingleMatch m = page.match();
            if (m.tp() + m.fp() > 0) { p += m.precision(); np++; }
            if (m.tp() + m.fn() > 0) { r += m.recall(); nr++; }
            f += m.f1();
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(pages.size(), precision, recall, f1, pages.isEmpty() ? 0 : f / pages.size(), nanos, pages);
    }

    /**
     * Throughput of the whole ingest path over the dataset's pages: {@code Ingestor.read} on
     * the html/ directory (gunzip, format detection, charset, extraction, noise removal,
     * duplicate detection), files read in parallel on all cores as {@code Ingestor} does.
     *
     * @param files    files read
     * @param articles articles produced
     * @param nanos    wall time of the read
     */
    public record Throughput(int files, int articles, long nanos) {
        /** Files per second. */
        public double pagesPerSecond() {
            return nanos == 0 ? 0 : files / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pages -> %d articles in %d ms (%.0f pages/s)",
                    files, articles, nanos / 1_000_000, pagesPerSecond());
        }
    }

    /** Measures {@link Throughput} on {@code dir/html} (after one warm-up pass). */
    public static Throughput ingestThroughput(Path dir) throws IOException {
        Path html = dir.resolve("html");
        int files;
        try (var list = Files.list(html)) {
            files = (int) list.filter(Files::isRegularFile).count();
        }
        try {
            Ingestor ingestor = new Ingestor();
            ingestor.read(List.of(html), InputFormat.AUTO); // warm-up
            long t0 = System.nanoTime();
            IngestResult r = ingestor.read(List.of(html), InputFormat.AUTO);
            return new Throughput(files, r.articles().size(), System.nanoTime() - t0);
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Throughput of reading the dataset's pages from one WARC file: the pages are written as
     * HTTP response records (each gzip-compressed, as Common Crawl does) into a temporary
     * {@code .warc.gz}, with a request record before each, and the file is ingested once to
     * warm up and once timed (records are read in order, their pages extracted in parallel).
     */
    public static Throughput warcThroughput(Path dir) throws IOException {
        Path warc = Files.createTempFile("triangulate-bench-", ".warc.gz");
        try {
            int pages = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(warc));
                 var list = Files.list(dir.resolve("html"))) {
                for (Path f : list.sorted().toList()) {
                    String url = "https://bench.example/" + f.getFileName();
                    byte[] body = gunzip(f);
                    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
                    out.write(gzip(warcRecord("request", url, "application/http; msgtype=request",
                            ("GET /" + f.getFileName() + " HTTP/1.1\r\nHost: bench.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII))));
                    out.write(gzip(warcRecord("response", url, "application/http; msgtype=response", http)));
                    pages++;
                }
            }
            Ingestor ingestor = new Ingestor();
            ingestor.read(List.of(warc), InputFormat.AUTO); // warm-up
            long t0 = System.nanoTime();
            IngestResult r = ingestor.read(List.of(warc), InputFormat.AUTO);
            return new Throughput(pages, r.articles().size(), System.nanoTime() - t0);
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(warc);
        }
    }

    private static byte[] warcRecord(String type, String target, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID()
                + ">\r\nWARC-Date: 2019-11-20T00:00:00Z\r\nWARC-Target-URI: " + target + "\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(bytes);
        }
        return buf.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
