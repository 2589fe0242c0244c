package dev.triangulate.server;

import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.StoryReport;
import dev.triangulate.server.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The incremental pipeline behind the server: an article is stored and indexed when it is
 * accepted ({@link Store#add}); analysis and extraction run in the background on
 * {@code threads} workers and their result is stored; the store then clusters the article
 * into its story (stories, for a roundup), and only those stories are reconciled again.
 */
public final class Engine implements AutoCloseable {
    /** The per-article and per-story steps of the pipeline. */
    public interface Steps {
        ExtractedArticle extract(Article article);

        StoryReport reconcile(String storyId, List<ExtractedArticle> articles);
    }

    private final Store store;
    private final Steps steps;
    private final ThreadPoolExecutor analysis;
    private final ExecutorService reconciling;
    private final Set<String> staleStories = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inAnalysis = new AtomicInteger();

    public Engine(Path dataDir, Steps steps, int threads, int commitSeconds) throws IOException {
        this.steps = steps;
        this.store = new Store(dataDir, steps::reconcile, commitSeconds);
        this.analysis = (ThreadPoolExecutor) Executors.newFixedThreadPool(Math.max(1, threads), daemon("triangulate-analyze"));
        this.reconciling = Executors.newSingleThreadExecutor(daemon("triangulate-reconcile"));
        store.listen(new Store.Listener() {
            @Override
            public void stored(Store.StoredArticle a) {
                inAnalysis.incrementAndGet();
                analysis.execute(() -> analyze(a));
            }

            @Override
            public void storyChanged(String storyId) {
                if (staleStories.add(storyId)) reconciling.execute(() -> {
                    staleStories.remove(storyId);
                    try {
                        store.report(storyId);
                    } catch (RuntimeException e) {
                        System.err.println("triangulate: reconciling " + storyId + " failed: " + e);
                    }
                });
            }
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private void analyze(Store.StoredArticle a) {
        try {
            ExtractedArticle e;
            try {
                e = steps.extract(a.article());
            } catch (RuntimeException ex) {
                store.recordFailure(a.article().id(), "analysis failed: " + ex);
                return;
            }
            store.recordExtraction(e);
        } catch (IOException ex) {
            System.err.println("triangulate: could not store the analysis of " + a.article().id() + ": " + ex.getMessage());
        } finally {
            inAnalysis.decrementAndGet();
        }
    }

    public Store store() { return store; }

    /** Articles accepted but not analyzed yet. */
    public int queued() { return inAnalysis.get(); }

    /** Waits until every accepted article is analyzed and every story reconciled (tests, benchmarks). */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (inAnalysis.get() == 0 && store.assigning() == 0 && staleStories.isEmpty() && analysis.getActiveCount() == 0) return true;
            Thread.sleep(20);
        }
        return false;
    }

    /** The steps of a {@link dev.triangulate.pipeline.Triangulate} instance. */
    public static Steps steps(dev.triangulate.pipeline.Triangulate t) {
        return new Steps() {
            @Override
            public ExtractedArticle extract(Article article) { return t.extract(article); }

            @Override
            public StoryReport reconcile(String storyId, List<ExtractedArticle> articles) { return t.reconcile(storyId, articles); }
        };
    }

    /**
     * Steps whose NLP models are still loading: analysis waits for {@code models}, while
     * reconciliation (which needs no models) runs at once, so stored stories are served from
     * the first second.
     */
    public static Steps steps(java.util.concurrent.CompletableFuture<dev.triangulate.pipeline.Triangulate> models) {
        dev.triangulate.reconcile.StoryReconciler reconciler = new dev.triangulate.reconcile.StoryReconciler();
        return new Steps() {
            @Override
            public ExtractedArticle extract(Article article) { return models.join().extract(article); }

            @Override
            public StoryReport reconcile(String storyId, List<ExtractedArticle> articles) {
                return reconciler.reconcile(new dev.triangulate.model.Story(storyId, articles));
            }
        };
    }

    @Override
    public void close() throws IOException {
        analysis.shutdownNow();
        reconciling.shutdownNow();
        try {
            analysis.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

}
