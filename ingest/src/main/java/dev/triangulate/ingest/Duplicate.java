package dev.triangulate.ingest;

import java.util.Objects;

/**
 * One article that repeats another.
 *
 * @param articleId   the later article (by {@link DuplicateDetector#PRECEDENCE})
 * @param duplicateOf the earlier article it repeats
 * @param similarity  Jaccard similarity of their word 5-gram shingles, 1.0 for exact copies
 * @param exact       true when the normalized texts are identical; such an article is dropped
 */
public record Duplicate(String articleId, String duplicateOf, double similarity, boolean exact) {
    /** Validates ids and the similarity range. */
    public Duplicate {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity out of [0, 1]: " + similarity);
        }
    }
}
