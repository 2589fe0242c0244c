package dev.triangulate.reconcile;

import dev.triangulate.model.Article;
import dev.triangulate.model.Words;
import dev.triangulate.reconcile.internal.SourceGrouper;
import java.util.Set;

/**
 * The pairwise decision behind the independent-source grouping of {@link StoryReconciler}, for
 * callers that need it outside a story (evaluation): two articles are one source when they come
 * from the same outlet or one is a copy of the other (word 5-gram shingle containment ≥ 0.5).
 */
public final class Syndication {
    private Syndication() {}

    /** The fingerprint copies are compared by (compute once per article). */
    public static Set<String> fingerprint(Article a) {
        return SourceGrouper.shingles(a);
    }

    /** Share of the smaller fingerprint contained in the other. */
    public static double containment(Set<String> a, Set<String> b) {
        return Words.containment(a, b);
    }

    /** One text copies the other (syndicated or republished copy). */
    public static boolean isCopy(Set<String> a, Set<String> b) {
        return SourceGrouper.isCopy(a, b);
    }

    /** The grouping's decision for a pair: same outlet, or a copy. */
    public static boolean sameSource(Article a, Set<String> fa, Article b, Set<String> fb) {
        return SourceGrouper.sameOutlet(a, b) || SourceGrouper.isCopy(fa, fb);
    }
}
