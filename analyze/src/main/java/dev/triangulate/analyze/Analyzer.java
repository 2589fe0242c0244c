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

    @Override
    default void close() {}
}
