package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Slot;
import dev.triangulate.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges wordings of one value of a multi-valued slot: "gallery" and "art gallery", "north
 * quay terminal" and "north quay ferry terminal", "ambassador" and "ambassador to turkey" name
 * the same thing when the shorter's words are all in the longer one and the head (last word)
 * is the same. Each wording is rewritten to the most often reported, longest form.
 */
final class MultiValueMerger {
    private MultiValueMerger() {}

    static List<FactBuilder.Located> merge(List<FactBuilder.Located> claims) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var c : claims) {
            if (mergeable(c)) counts.merge(key(c, c.value()), 1, Integer::sum);
        }
        Map<String, String> rewrite = new HashMap<>();
        for (String k : counts.keySet()) {
            String best = null;
            for (String other : counts.keySet()) {
                if (other.equals(k) || !sameGroup(k, other) || !covers(other, k)) continue;
                if (best == null || Comparator.<String>comparingInt(counts::get).thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()).compare(other, best) > 0) best = other;
            }
            if (best != null) rewrite.put(k, best);
        }
        List<FactBuilder.Located> out = new ArrayList<>(claims.size());
        for (var c : claims) {
            String k = mergeable(c) ? key(c, c.value()) : null;
            String target = k == null ? null : resolve(rewrite, k);
            if (target == null || target.equals(k)) {
                out.add(c);
            } else {
                String value = target.substring(target.indexOf('\u0001') + 1);
                out.add(new FactBuilder.Located(c.claim(), c.subject(), value, c.article(), c.source()));
            }
        }
        return out;
    }

    private static String resolve(Map<String, String> rewrite, String k) {
        String cur = k;
        for (int i = 0; i < 10 && rewrite.containsKey(cur); i++) cur = rewrite.get(cur);
        return cur;
    }

    private static boolean mergeable(FactBuilder.Located c) {
        Slot s = c.claim().slot();
        return !s.singleValued() && s != Slot.VICTIM && s != Slot.PERPETRATOR;
    }

    private static String key(FactBuilder.Located c, String value) {
        return c.subject() + "\u0000" + c.claim().slot() + "\u0001" + value;
    }

    private static boolean sameGroup(String a, String b) {
        return a.substring(0, a.indexOf('\u0001')).equals(b.substring(0, b.indexOf('\u0001')));
    }

    /** Whether wording {@code longer} contains every word of {@code shorter} and ends in the same head word. */
    private static boolean covers(String longer, String shorter) {
        List<String> l = Words.of(longer.substring(longer.indexOf('\u0001') + 1));
        List<String> s = Words.of(shorter.substring(shorter.indexOf('\u0001') + 1));
        if (s.isEmpty() || l.size() <= s.size() && !l.equals(s)) return l.equals(s) && longer.compareTo(shorter) > 0;
        // the head of the shorter must be a head word of the longer ("ambassador" / "ambassador to turkey")
        int headIndex = l.indexOf(s.get(s.size() - 1));
        return l.containsAll(s) && headIndex >= 0 && (headIndex == l.size() - 1 || l.contains("to") || l.contains("of")
                || l.contains("at") || l.contains("in"));
    }
}
