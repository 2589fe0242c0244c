package dev.triangulate.extract;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import java.time.Instant;

/** Extraction over real CoreNLP annotations, for tests: the models load once per test JVM. */
final class RealAnalysis {
    private RealAnalysis() {}

    private static final Analyzer ANALYZER = Analyzer.standard();
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    /** Analyzes and extracts an article with the given headline and body, published at {@code published}. */
    static ExtractedArticle extract(String title, String body, String published) {
        Article a = new Article("t1", title, body, "Test", null, Instant.parse(published), null, null, "test");
        return EXTRACTOR.extract(ANALYZER.analyze(a));
    }
}
