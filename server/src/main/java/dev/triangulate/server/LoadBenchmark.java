package dev.triangulate.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.server.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server benchmark behind {@code triangulate bench serve}: a real server on loopback with
 * the real NLP pipeline; concurrent HTTP clients first add articles through the API
 * (acknowledged = fsync'd and searchable), then request story pages, fact sheets and
 * searches. The articles are the first {@code articles} of the input; a smaller input (the
 * example corpus) is repeated with its places, people and dates renamed per copy.
 */
public final class LoadBenchmark {
    /** Places and people of the example corpus, renamed in every copy. */
    private static final String[] RENAME = {"Port Alder", "North Quay", "Marenland", "Granholt", "Brackwater", "Eastfield",
            "Mikhail", "Orlenko", "Anna", "Vell", "Tomas", "Ree", "Jonas", "Mertel", "Lena", "Horvath", "Ilse", "Marrow", "Piet", "Amsel"};
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "ven", "dra", "sil", "tor", "bel", "nim", "ros", "qua", "zen", "hal", "fir", "gun", "pel"};

    /** Settings. */
    public record Settings(int articles, int clients, int batch, int seconds, int threads, Path dataDir) {}

    private final Settings s;
    private final List<Article> corpus;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public LoadBenchmark(Settings settings, List<Article> corpus) {
        this.s = settings;
        this.corpus = List.copyOf(corpus);
    }

    /** Runs the benchmark with {@code steps} (the real pipeline) and prints the figures. */
    public void run(Engine.Steps steps, PrintStream out) throws Exception {
        Path data = s.dataDir() != null ? s.dataDir() : Files.createTempDirectory("triangulate-bench-");
        String token = "bench-token-" + Long.toHexString(new Random().nextLong());
        ServerOptions opts = ServerOptions.defaults(data, token).withPort(0).withThreads(s.threads()).withMaxRequestBytes(64L << 20);
        try (TriangulateServer server = TriangulateServer.start(opts, steps)) {
            String base = "http://127.0.0.1:" + server.port();
            Store store = server.engine().store();
            out.printf("server on %s, data %s, %d analysis threads, %d cores, Java %s%n", base, data, s.threads(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

            // warm-up: JIT and the NLP's lazily loaded parts, outside the server
            for (Article a : corpus.subList(0, Math.min(10, corpus.size()))) steps.extract(a);

            // 1. ingestion through the API
            List<Article> articles = generate(s.articles());
            List<List<Article>> batches = new ArrayList<>();
            for (int i = 0; i < articles.size(); i += s.batch()) batches.add(articles.subList(i, Math.min(articles.size(), i + s.batch())));
            AtomicInteger next = new AtomicInteger();
            ConcurrentLinkedQueue<Long> postLatency = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            long t0 = System.nanoTime();
            runClients(s.clients(), () -> {
                int i;
                while ((i = next.getAndIncrement()) < batches.size()) {
                    long q = System.nanoTime();
                    int status = post(base, token, batches.get(i));
                    postLatency.add(System.nanoTime() - q);
                    if (status != 202) errors.incrementAndGet();
                }
            });
            double ingestSec = (System.nanoTime() - t0) / 1e9;
            out.printf("%nINGEST  %d articles in %d requests of %d from %d clients: %.2f s = %.0f articles/s acknowledged (durable, searchable); "
                            + "request latency p50 %.1f ms, p99 %.1f ms; %d non-202; %d fsyncs%n",
                    articles.size(), batches.size(), s.batch(), s.clients(), ingestSec, articles.size() / ingestSec,
                    pct(postLatency, 50), pct(postLatency, 99), errors.get(), store.logSyncs());
            long t1 = System.nanoTime();
            boolean idle = server.engine().awaitIdle(1_800_000);
            double analyzeSec = (System.nanoTime() - t0) / 1e9;
            out.printf("ANALYZE all %d articles analyzed and their stories reconciled %.1f s after the first POST (%.1f articles/s; %s)%n",
                    store.analyzedCount(), analyzeSec, store.analyzedCount() / analyzeSec, idle ? "complete" : "TIMED OUT");
            out.printf("        waiting for analysis after the last acknowledgement: %.1f s; %d stories%n", (System.nanoTime() - t1) / 1e9, store.storyCount());

            // 2. reads under concurrent load
            List<String> storyIds = store.stories(Store.Order.NEWEST).stream().map(Store.StoryEntry::id).toList();
            List<String> queries = queries(articles);
            ConcurrentLinkedQueue<Long> page = new ConcurrentLinkedQueue<>(), sheet = new ConcurrentLinkedQueue<>(), search = new ConcurrentLinkedQueue<>(),
                    list = new ConcurrentLinkedQueue<>();
            AtomicInteger readErrors = new AtomicInteger();
            long end = System.nanoTime() + s.seconds() * 1_000_000_000L;
            AtomicInteger seed = new AtomicInteger();
            long t2 = System.nanoTime();
            runClients(s.clients(), () -> {
                Random r = new Random(seed.incrementAndGet());
                while (System.nanoTime() < end) {
                    int kind = r.nextInt(10);
                    String path;
                    ConcurrentLinkedQueue<Long> into;
                    if (kind < 4) {
                        path = "/stories/" + Pages.url(storyIds.get(r.nextInt(storyIds.size())));
                        into = page;
                    } else if (kind < 6) {
                        path = "/api/stories/" + Pages.url(storyIds.get(r.nextInt(storyIds.size())));
                        into = sheet;
                    } else if (kind < 9) {
                        path = "/api/stories?q=" + URLEncoder.encode(queries.get(r.nextInt(queries.size())), StandardCharsets.UTF_8);
                        into = search;
                    } else {
                        path = "/?sort=" + (r.nextBoolean() ? "newest" : "biggest");
                        into = list;
                    }
                    long q = System.nanoTime();
                    int status = get(base + path);
                    into.add(System.nanoTime() - q);
                    if (status != 200) readErrors.incrementAndGet();
                }
            });
            double readSec = (System.nanoTime() - t2) / 1e9;
            int total = page.size() + sheet.size() + search.size() + list.size();
            out.printf("%nREAD    %d clients for %.1f s: %d requests = %.0f requests/s; %d non-200%n", s.clients(), readSec, total, total / readSec, readErrors.get());
            row(out, "story page (HTML)", page);
            row(out, "fact sheet (JSON)", sheet);
            row(out, "search (JSON)", search);
            row(out, "story list (HTML)", list);
        }
    }

    private static void row(PrintStream out, String name, ConcurrentLinkedQueue<Long> lat) {
        out.printf(Locale.ROOT, "  %-18s n=%6d  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", name, lat.size(),
                pct(lat, 50), pct(lat, 90), pct(lat, 99), pct(lat, 100));
    }

    static double pct(ConcurrentLinkedQueue<Long> nanos, double p) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        if (a.length == 0) return Double.NaN;
        Arrays.sort(a);
        int i = (int) Math.ceil(p / 100.0 * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))] / 1e6;
    }

    private static void runClients(int n, Runnable body) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(body, "bench-client-" + i);
            t.start();
            ts.add(t);
        }
        for (Thread t : ts) t.join();
    }

    private int post(String base, String token, List<Article> batch) {
        ArrayNode arr = ApiJson.MAPPER.createArrayNode();
        for (Article a : batch) {
            ObjectNode o = arr.addObject().put("id", a.id()).put("title", a.title()).put("content", a.body());
            if (a.outlet() != null) o.put("outlet", a.outlet());
            if (a.published() != null) o.put("published", a.published().toString());
            if (a.url() != null) o.put("url", a.url());
        }
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(arr.toString())).build();
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code n} articles: copies of the corpus with names, places and dates changed per copy. */
    List<Article> generate(int n) {
        if (corpus.size() >= n) return corpus.subList(0, n);
        List<Article> out = new ArrayList<>();
        for (int copy = 1; out.size() < n; copy++) {
            for (Article a : corpus) {
                if (out.size() >= n) break;
                String title = a.title(), body = a.body();
                for (String r : RENAME) {
                    String name = rename(r, copy);
                    title = title.replace(r, name);
                    body = body.replace(r, name);
                }
                out.add(new Article(a.id() + "-c" + copy, title, body, a.outlet(), null,
                        a.published() == null ? null : a.published().plus(Duration.ofDays(3L * copy)), a.author(), a.language(), null));
            }
        }
        return out;
    }

    // a pronounceable name per (word, copy), capitalised like the original
    private static String rename(String original, int copy) {
        StringBuilder b = new StringBuilder();
        for (String w : original.split(" ")) {
            int h = Math.floorMod(w.hashCode() * 31 + copy * 7919, 4096);
            String s = SYLLABLES[h % 16] + SYLLABLES[(h / 16) % 16] + SYLLABLES[(h / 256) % 16];
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(s.charAt(0))).append(s.substring(1));
        }
        return b.toString();
    }

    private static List<String> queries(List<Article> articles) {
        List<String> q = new ArrayList<>(List.of("ferry gunman", "warehouse fire", "council budget", "police chief", "shooting", "roads taxes"));
        for (int i = 0; i < articles.size(); i += 7) {
            String[] w = articles.get(i).title().split("\\s+");
            if (w.length >= 2) q.add(w[w.length - 2] + " " + w[w.length - 1]);
        }
        return q;
    }
}
