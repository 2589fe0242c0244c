package dev.triangulate.analyze;

import dev.triangulate.model.Article;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner with every default:
 * three CRF models, SUTime, numeric and fine-grained classifiers), run only to compare speeds
 * with {@link Analyzer#standard()} on the same articles.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    /** What one measured pass produced. */
    public record Pass(int articles, long tokens, long nanos) {
        /** Tokens per second of wall time. */
        public double tokensPerSecond() { return tokens / (nanos / 1e9); }

        /** Articles per second of wall time. */
        public double articlesPerSecond() { return articles / (nanos / 1e9); }
    }

    /** Loads the default pipeline (about 20 s). */
    public CoreNlpBaseline() {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        pipeline = new StanfordCoreNLP(p);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** Time it took to load the default pipeline. */
    public long loadMillis() { return loadMillis; }

    /** Annotates every article with the default pipeline on {@code threads} threads. */
    public Pass run(List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> annotate(a)));
            long tokens = 0;
            for (Future<Integer> f : futures) tokens += f.get();
            return new Pass(articles.size(), tokens, System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the default pipeline failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int annotate(Article a) {
        Annotation doc = new Annotation(a.text());
        if (a.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().atOffset(ZoneOffset.UTC).toLocalDateTime().toString());
        }
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
