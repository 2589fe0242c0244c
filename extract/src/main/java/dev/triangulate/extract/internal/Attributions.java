package dev.triangulate.extract.internal;

/**
 * Finds whom a sentence credits for its content: "according to X", "X said ...", "..., X said".
 */
final class Attributions {
    private Attributions() {}

    static String find(SentenceView v) {
        for (int i = v.first; i < v.last(); i++) {
            if (v.lower(i).equals("according") && v.lower(i + 1).equals("to")) {
                int end = i + 2;
                while (v.at(end + 1) != null && !Regex.matches(v.at(end + 1).pos(), "[,.:;]|``|''|-LRB-|VB.*|WDT|WP")
                        && end - i < 9) end++;
                if (v.at(end) != null) return clean(v.text(i + 2, end));
            }
        }
        for (int i = v.first; i <= v.last(); i++) {
            var t = v.at(i);
            if (t.isVerb() && Lexicon.ATTRIBUTION_VERBS.contains(v.lemma(i))) {
                var np = Phrases.before(v, i);
                if (np != null && !v.at(np.end()).pos().equals("PRP")) {
                    return clean(v.text(np.start(), np.end()));
                }
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\s,.;:\"”“]+$", "").strip();
    }
}
