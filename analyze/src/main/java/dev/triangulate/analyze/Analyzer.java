package dev.triangulate.analyze;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;

/**
 * The analysis stage: sentences, tokens, entities, normalized times, qualified numbers and
 * quote spans for one article. Implementations must be safe to call from several threads.
 */
public interface Analyzer extends AutoCloseable {

    /** Annotates one article; never returns null. */
    AnnotatedArticle analyze(Article article);

    /** The default analyzer: Stanford CoreNLP in its fast configuration. Loads models (about 3 s). */
    static Analyzer standard() {
        return new dev.triangulate.analyze.internal.CoreNlpAnalyzer();
    }

    /**
     * {@code delegate} with an on-disk cache in {@code dir} keyed by the article's text, its
     * publication day and the analysis code: re-runs over unchanged articles skip the NLP.
     */
    static Analyzer cached(Analyzer delegate, java.nio.file.Path dir) {
        return new dev.triangulate.analyze.internal.CachingAnalyzer(delegate, dir);
    }

    /** An analyzer created on the first article, so that a run served entirely from a cache loads no models. */
    static Analyzer lazy(java.util.function.Supplier<Analyzer> factory) {
        return new dev.triangulate.analyze.internal.LazyAnalyzer(factory);
    }

    /** Analyses served from a cache so far (0 without a cache). */
    default long cacheHits() { return 0; }

    @Override
    default void close() {}
}
