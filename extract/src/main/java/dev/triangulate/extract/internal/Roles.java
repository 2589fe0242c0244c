package dev.triangulate.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a descriptive noun phrase into a comparable role ("a Turkish off-duty policeman" → "off-duty police officer"). */
final class Roles {
    private Roles() {}

    private static final Set<String> DROP = Set.of("lone", "unnamed", "unidentified", "young", "local", "former",
            "senior", "junior", "other", "single", "suspected", "alleged");

    /** Normalized role, or null when the phrase's head is not a role word. */
    static String normalize(SentenceView v, Phrases.Span np) {
        return normalize(v, np, false);
    }

    /** As {@link #normalize(SentenceView, Phrases.Span)}; with {@code anyHead} any common-noun head is a role. */
    static String normalize(SentenceView v, Phrases.Span np, boolean anyHead) {
        if (np == null) return null;
        if (anyHead && v.at(np.end()).pos().equals("NN") && !v.at(np.end()).ner().equals("PERSON")) {
            return words(v, np);
        }
        String head = v.lemma(np.end());
        String headWord = v.lower(np.end());
        if (!Lexicon.ROLE_NOUNS.contains(head) && !Lexicon.ROLE_NOUNS.contains(headWord)
                && !Lexicon.ROLE_SYNONYMS.containsKey(headWord)) return null;
        return words(v, np);
    }

    private static String words(SentenceView v, Phrases.Span np) {
        List<String> words = new ArrayList<>();
        for (int k = np.start(); k <= np.end(); k++) {
            var t = v.at(k);
            String w = t.lower();
            if (t.pos().equals("POS") || t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("CD") || DROP.contains(w)) continue;
            if (Regex.matches(w, "\\d+-year-old") || w.equals("-") && words.isEmpty()) continue;
            if (t.ner().equals("MISC") || t.ner().equals("LOCATION") && k < np.end()) continue; // nationality
            if (v.at(k + 1) != null && v.at(k + 1).pos().equals("POS")) { k++; continue; } // "Russia's", "the city's"
            words.add(Lexicon.ROLE_SYNONYMS.getOrDefault(w, w));
        }
        if (words.isEmpty()) return null;
        String role = String.join(" ", words).replace(" - ", "-").replaceAll("(^|\\s)-?year-old(?=\\s|$)", "").strip();
        return role.isEmpty() ? null : role;
    }
}
