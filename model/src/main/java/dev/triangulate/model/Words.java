package dev.triangulate.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Language-neutral word handling shared by every stage that compares texts (duplicate
 * detection, source grouping, quote matching, clustering): one definition of "a word" so the
 * stages agree.
 */
public final class Words {
    private Words() {}

    /** Lower-cased words with accents, apostrophes and punctuation removed ("Don’t" → "dont"). */
    public static List<String> of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['’‘`´]", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** The set of word n-grams ("shingles") of a text, joined by a space. */
    public static Set<String> shingles(String text, int n) {
        List<String> words = of(text);
        Set<String> out = new HashSet<>();
        if (words.size() < n) {
            if (!words.isEmpty()) out.add(String.join(" ", words));
            return out;
        }
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int inter = intersection(a, b);
        return inter / (double) (a.size() + b.size() - inter);
    }

    /** |a ∩ b| / min(|a|, |b|): high when the smaller text is contained in the larger one. */
    public static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return intersection(a, b) / (double) Math.min(a.size(), b.size());
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) if (large.contains(s)) n++;
        return n;
    }
}
