package dev.triangulate.model;

import java.time.Instant;

/**
 * One article's support for a fact value.
 *
 * @param source the independent-source group the article belongs to (copies share one)
 */
public record SourceRef(String article, String outlet, String source, Instant published,
                        String sentence, int sentenceBegin, int begin, int end, String hedge, String attribution) {

    /** Offsets of the stating words relative to {@link #sentence()} (clamped). */
    public int relativeBegin() { return Math.max(0, Math.min(sentence.length(), begin - sentenceBegin)); }

    /** End of the stating words relative to {@link #sentence()} (clamped). */
    public int relativeEnd() { return Math.max(relativeBegin(), Math.min(sentence.length(), end - sentenceBegin)); }
}
