package dev.triangulate.extract.internal;

/**
 * Verbs that tell of no deed done: an infinitive ("attempted to kill", "to harm or kill another
 * person", a charge's wording) and what could have happened ("it could have hit her in the heart
 * and killed her").
 */
final class UnrealDeeds {
    private UnrealDeeds() {}

    /** Whether the verb at {@code i} is an infinitive or stands in a counterfactual "could / would have" clause. */
    static boolean at(SentenceView v, int i) {
        return infinitive(v, i) || counterfactual(v, i);
    }

    /** "to kill", "to harm or kill": the base form after "to", also as the second of two verbs joined by "or" / "and". */
    static boolean infinitive(SentenceView v, int i) {
        if (!v.at(i).pos().equals("VB")) return false;
        if (v.lower(i - 1).equals("to")) return true;
        return Regex.matches(v.lower(i - 1), "or|and") && v.at(i - 2) != null && v.at(i - 2).pos().equals("VB") && v.lower(i - 3).equals("to");
    }

    /** "could have hit her ... and killed her", "would have killed him": "could" or "would" before "have" earlier in the clause. */
    static boolean counterfactual(SentenceView v, int i) {
        for (int k = i - 1; k >= i - 10 && k > v.first; k--) {
            if (Regex.matches(v.lower(k), "[.;:]")) return false;
            if (v.lower(k).equals("have") && Regex.matches(v.lower(k - 1), "could|would|n't|not")
                    && (Regex.matches(v.lower(k - 1), "could|would") || Regex.matches(v.lower(k - 2), "could|would"))) return true;
        }
        return false;
    }
}
