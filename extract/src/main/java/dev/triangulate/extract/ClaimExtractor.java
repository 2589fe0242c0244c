package dev.triangulate.extract;

import dev.triangulate.extract.internal.Extraction;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.ExtractedArticle;

/**
 * The extraction stage: turns an annotated article into claims (counts, place, time,
 * weapon, participants and their attributes) and quotes with speakers, each with evidence.
 * Stateless and thread-safe.
 */
public final class ClaimExtractor {

    /** An extractor; the gazetteer of towns it checks places against starts loading in the background. */
    public ClaimExtractor() {
        Extraction.warmUp();
    }

    /** Extracts all claims and quotes of one article. */
    public ExtractedArticle extract(AnnotatedArticle article) {
        return Extraction.run(article);
    }
}
