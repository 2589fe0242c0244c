package dev.triangulate.pipeline;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.cluster.StoryClusterer;
import dev.triangulate.extract.ClaimExtractor;
import dev.triangulate.ingest.IngestException;
import dev.triangulate.ingest.IngestResult;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Problem;
import dev.triangulate.model.Story;
import dev.triangulate.model.StoryReport;
import dev.triangulate.reconcile.StoryReconciler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library API: runs ingest → analyze → extract → cluster → reconcile over a batch.
 *
 * <pre>{@code
 * try (Triangulate t = Triangulate.create()) {
 *     RunResult r = t.analyze(List.of(Path.of("articles/")), InputFormat.AUTO, Progress.NONE);
 *     r.stories().forEach(s -> System.out.println(s.headline()));
 * }
 * }</pre>
 *
 * Per-article work (analysis and extraction) runs on all cores; clustering and
 * reconciliation are deterministic, so the output does not depend on thread timing or on the
 * order of the input files.
 */
public final class Triangulate implements AutoCloseable {
    private final Analyzer analyzer;
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final StoryReconciler reconciler = new StoryReconciler();
    private final int threads;
    private final long modelLoadMillis;
    private final java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();

    private Triangulate(Analyzer analyzer, int threads, long modelLoadMillis) {
        this.analyzer = analyzer;
        this.threads = threads;
        this.modelLoadMillis = modelLoadMillis;
    }

    /** Loads the NLP models (a few seconds) and uses every core. */
    public static Triangulate create() {
        return create(Runtime.getRuntime().availableProcessors());
    }

    /** Loads the NLP models and uses the given number of analysis threads. */
    public static Triangulate create(int threads) {
        return create(threads, null);
    }

    /**
     * Loads the NLP models, uses the given number of analysis threads and keeps analyses in
     * {@code cacheDir} (null: no cache), so re-runs over unchanged articles skip the NLP.
     */
    public static Triangulate create(int threads, Path cacheDir) {
        long t0 = System.nanoTime();
        // with a cache the models load only when an article is not in it
        Analyzer a = cacheDir == null ? Analyzer.standard() : Analyzer.cached(Analyzer.lazy(Analyzer::standard), cacheDir);
        return new Triangulate(a, Math.max(1, threads), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Tokens analyzed so far by this instance (for throughput figures). */
    public long tokensAnalyzed() { return tokens.get(); }

    /** Analyses served from the cache so far. */
    public long cacheHits() { return analyzer.cacheHits(); }

    /** Time it took to load the NLP models at creation (0 with a cache: they load on the first article not in it). */
    public long modelLoadMillis() { return modelLoadMillis; }

    /** Reads the paths and runs the whole pipeline. */
    public RunResult analyze(List<Path> paths, InputFormat format, Progress progress) throws IngestException {
        long t0 = System.nanoTime();
        IngestResult in = new Ingestor().read(paths, format);
        long ingestMs = (System.nanoTime() - t0) / 1_000_000;
        RunResult r = run(in.articles(), progress);
        List<Problem> problems = new ArrayList<>(in.problems());
        problems.addAll(r.problems());
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("ingest", ingestMs);
        timings.putAll(r.timings());
        return new RunResult(r.stories(), problems, r.assignments(), timings, r.articles());
    }

    /** Runs analyze → extract → cluster → reconcile over already-ingested articles. */
    public RunResult run(List<Article> articles, Progress progress) {
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("model-load", modelLoadMillis);
        List<Problem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        List<ExtractedArticle> extracted = extractAll(articles, progress, problems);
        timings.put("analyze+extract", (System.nanoTime() - t0) / 1_000_000);

        long t1 = System.nanoTime();
        // a roundup's incidents are clustered one by one, each as its own part of the article
        List<Article> units = new ArrayList<>();
        Map<String, ExtractedArticle> unitArticle = new LinkedHashMap<>();
        Map<String, Integer> unitEvent = new LinkedHashMap<>();
        for (ExtractedArticle e : extracted) {
            if (e.events().size() == 1) {
                units.add(e.article());
                unitArticle.put(e.article().id(), e);
                unitEvent.put(e.article().id(), 0);
                continue;
            }
            for (int k = 0; k < e.events().size(); k++) {
                Article part = eventPart(e, k);
                units.add(part);
                unitArticle.put(part.id(), e);
                unitEvent.put(part.id(), k);
            }
        }
        Map<String, String> unitStories = StoryClusterer.clusterBatch(units);
        Map<String, Map<String, java.util.Set<Integer>>> eventsByStory = new LinkedHashMap<>(); // story → article id → events
        Map<String, ExtractedArticle> byId = new LinkedHashMap<>();
        Map<String, String> assignments = new LinkedHashMap<>();
        for (Article u : units) {
            ExtractedArticle e = unitArticle.get(u.id());
            String story = unitStories.get(u.id());
            byId.put(e.article().id(), e);
            eventsByStory.computeIfAbsent(story, k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.article().id(), k -> new java.util.TreeSet<>()).add(unitEvent.get(u.id()));
            assignments.putIfAbsent(e.article().id(), story); // an article's story is that of its first event
        }
        Map<String, List<ExtractedArticle>> byStory = new LinkedHashMap<>();
        for (var s : eventsByStory.entrySet()) {
            List<ExtractedArticle> parts = new ArrayList<>();
            for (var e : s.getValue().entrySet()) {
                ExtractedArticle x = byId.get(e.getKey());
                parts.add(x.events().size() == 1 ? x : x.onlyEvents(e.getValue()));
            }
            byStory.put(s.getKey(), parts);
        }
        timings.put("cluster", (System.nanoTime() - t1) / 1_000_000);

        long t2 = System.nanoTime();
        List<StoryReport> reports = new ArrayList<>();
        for (var e : byStory.entrySet()) reports.add(reconciler.reconcile(new Story(e.getKey(), e.getValue())));
        reports.sort(Comparator.comparingInt((StoryReport s) -> -s.articles().size()).thenComparing(StoryReport::id));
        timings.put("reconcile", (System.nanoTime() - t2) / 1_000_000);
        return new RunResult(reports, problems, assignments, timings, extracted.size());
    }

    /**
     * Analyzes and extracts one article (incremental use, e.g. a server adding articles one at a
     * time). Thread-safe; the same as the per-article step of {@link #run}.
     */
    public ExtractedArticle extract(Article article) {
        return extractAndCount(article);
    }

    private ExtractedArticle extractAndCount(Article article) {
        var annotated = analyzer.analyze(article);
        tokens.addAndGet(annotated.tokens().size());
        return extractor.extract(annotated);
    }

    /**
     * Reconciles one story from its extracted articles (incremental use: after an article joins
     * a story, only that story is reconciled again). The order of {@code articles} does not
     * matter; the result is the same as for that story in {@link #run}.
     */
    public StoryReport reconcile(String storyId, List<ExtractedArticle> articles) {
        return reconciler.reconcile(new Story(storyId, articles));
    }

    /** One incident of a roundup as an article of its own, for clustering: id {@code article#2}. */
    private static Article eventPart(ExtractedArticle e, int k) {
        ExtractedArticle.Segment seg = e.events().get(k);
        Article a = e.article();
        String text = a.text().substring(seg.begin(), seg.end()).strip();
        String title = k == 0 ? a.title() : text.lines().findFirst().orElse(a.title());
        return new Article(a.id() + "#" + (k + 1), title, text, a.outlet(), a.url(), a.published(), a.author(),
                a.language(), a.origin());
    }

    private List<ExtractedArticle> extractAll(List<Article> articles, Progress progress, List<Problem> problems) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triangulate-analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ExtractedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    ExtractedArticle e = extractAndCount(a);
                    progress.update("analyze", done.incrementAndGet(), articles.size());
                    return e;
                }));
            }
            List<ExtractedArticle> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Article a = articles.get(i);
                    problems.add(new Problem(a.origin() == null ? a.id() : a.origin(),
                            "analysis failed, article skipped: " + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
