package dev.triangulate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's text comparison: both texts are cut into words (runs of
 * letters, digits and underscores, as Python's Unicode {@code \w+}), words into 4-gram shingles
 * counted as a multiset, and true/false positives and false negatives are counted over
 * shingles and normalized to sum to 1 so that every page weighs the same.
 *
 * @param tp true positives (normalized)
 * @param fp false positives (normalized)
 * @param fn false negatives (normalized)
 */
public record ShingleMatch(double tp, double fp, double fn) {
    /** Shingle length used by the benchmark. */
    public static final int N = 4;

    /** Compares predicted text with gold text. */
    public static ShingleMatch of(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        for (var e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (var e : p.entrySet()) fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        double s = tp + fp + fn;
        return s > 0 ? new ShingleMatch(tp / s, fp / s, fn / s) : new ShingleMatch(0, 0, 0);
    }

    /** Precision as the benchmark defines it (1 when both texts are empty). */
    public double precision() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fp == 0) return 0;
        return tp / (tp + fp);
    }

    /** Recall as the benchmark defines it (1 when both texts are empty). */
    public double recall() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fn == 0) return 0;
        return tp / (tp + fn);
    }

    /** This page's own F1. */
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The words of {@code text}, as the benchmark's {@code \w+}. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int i = 0, n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) { i += Character.charCount(cp); continue; }
            int start = i;
            while (i < n && isWordChar(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            out.add(text.substring(start, i));
        }
        return out;
    }

    // Python's str.isalnum() or '_': letters, and decimal, digit and numeric characters.
    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> w = words(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, w.size() - N + 1); i++) {
            List<String> s = w.subList(i, Math.min(w.size(), i + N));
            if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
        }
        return out;
    }
}
