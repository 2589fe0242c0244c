package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Article;
import dev.triangulate.model.SourceGroup;
import dev.triangulate.model.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups a story's articles into independent sources: articles of one outlet are one source,
 * and so are articles whose text is largely copied from one another (syndicated wire copy).
 * Copying is measured as the containment of word 5-gram shingles: a rewrite that keeps most
 * of the wire sentences shares most of its shingles with the original.
 */
public final class SourceGrouper {
    /** Share of the shorter article's 5-grams found in the other above which it is a copy. */
    public static final double COPY_CONTAINMENT = 0.5;

    /** Articles must be in (published, id) order; returns the groups and article id → group id. */
    public static Result group(List<Article> articles) {
        int n = articles.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        List<Set<String>> shingles = articles.stream().map(SourceGrouper::shingles).toList();
        String[] reason = new String[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Article a = articles.get(i), b = articles.get(j);
                if (sameOutlet(a, b)) {
                    union(parent, i, j);
                    reason[j] = reason[j] == null ? "same outlet" : reason[j];
                    continue;
                }
                if (isCopy(shingles.get(i), shingles.get(j))) {
                    double c = Words.containment(shingles.get(i), shingles.get(j));
                    union(parent, i, j);
                    reason[j] = String.format(Locale.ROOT, "copies %s (%.0f%% shared text)", a.outletOrUnknown(), 100 * c);
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        List<SourceGroup> groups = new ArrayList<>();
        Map<String, String> byArticle = new LinkedHashMap<>();
        for (List<Integer> m : members.values()) {
            Article first = articles.get(m.get(0));
            String id = first.outletOrUnknown();
            List<String> outlets = m.stream().map(i -> articles.get(i).outletOrUnknown()).distinct().toList();
            List<String> ids = m.stream().map(i -> articles.get(i).id()).toList();
            List<String> reasons = m.stream().map(i -> reason[i]).filter(r -> r != null).distinct().toList();
            groups.add(new SourceGroup(id, outlets, ids, reasons.isEmpty() ? "single article" : String.join("; ", reasons)));
            ids.forEach(a -> byArticle.put(a, id));
        }
        return new Result(groups, byArticle);
    }

    /** The text fingerprint copies are compared by: the word 5-gram shingles of the body. */
    public static Set<String> shingles(Article a) {
        return Words.shingles(a.body(), 5);
    }

    /** Both outlets known and equal (ignoring case and surrounding space). */
    public static boolean sameOutlet(Article a, Article b) {
        return a.outlet() != null && b.outlet() != null
                && a.outlet().strip().toLowerCase(Locale.ROOT).equals(b.outlet().strip().toLowerCase(Locale.ROOT));
    }

    /** One text is a copy of the other: ≥ {@link #COPY_CONTAINMENT} of the smaller's shingles (≥ 10 of them) are in the other. */
    public static boolean isCopy(Set<String> a, Set<String> b) {
        return Math.min(a.size(), b.size()) >= 10 && Words.containment(a, b) >= COPY_CONTAINMENT;
    }

    public record Result(List<SourceGroup> groups, Map<String, String> sourceOf) {}

    private static int find(int[] p, int i) {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra == rb) return;
        // the earlier article's root wins, so a group is named after its first article
        if (ra < rb) p[rb] = ra; else p[ra] = rb;
    }

    private SourceGrouper() {}
}
