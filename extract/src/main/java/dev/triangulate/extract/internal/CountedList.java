package dev.triangulate.extract.internal;

/**
 * Groups of people listed before the last one a count or verb reads: "Two girls and two men
 * were shot", "A woman and three men were wounded", "three men, two women and a boy were
 * hurt". The last group alone is a part of the people hit.
 */
final class CountedList {
    private CountedList() {}

    /** How many people the groups listed right before the phrase starting at {@code start} count; 0 when none are. */
    static int before(SentenceView v, int start) {
        int total = 0;
        int k = start - 1;
        // "and" right before the last group; commas before the others (a headline writes a comma for "and")
        for (boolean last = true; v.lower(k).equals("and") && last || v.lower(k).equals(","); last = false) {
            Phrases.Span np = Phrases.before(v, k);
            int n = np == null ? 0 : people(v, np);
            if (n <= 0) break;
            total += n;
            k = np.start() - 1;
        }
        return total;
    }

    /**
     * How many people one group joined by "and" right after the counted phrase ending at {@code end} counts:
     * "injured three adults and an 11-year-old child" 1, "wounding two men and three women" 3; 0 when none is.
     */
    static int after(SentenceView v, int end) {
        if (!v.lower(end + 1).equals("and")) return 0;
        Phrases.Span np = Phrases.after(v, end + 2);
        // the group must end the list: "two men and a woman were ..." or the clause, not "two men and a woman's car"
        return np == null || v.lower(np.end() + 1).equals("'s") ? 0 : people(v, np);
    }

    /**
     * Whether the person noun at {@code head} ends a count of people after "of the" whose participle closes the
     * phrase: "Of the four people shot, two had serious injuries" (the count is the whole, the rest a part of it).
     */
    static boolean partitiveWhole(SentenceView v, int head) {
        return v.lower(head + 2).equals(",") && v.at(head - 1) != null && v.at(head - 1).pos().equals("CD")
                && v.lower(head - 2).equals("the") && v.lower(head - 3).equals("of");
    }

    /** The people a phrase counts: "two teenage girls" 2, "a 17-year-old boy" 1; 0 when it names no people. */
    private static int people(SentenceView v, Phrases.Span np) {
        String head = v.lower(np.end());
        boolean age = head.equals("old") && Regex.matches(v.lower(np.end() - 1), "-|years?");
        if (!age && !VictimCountRule.HUMAN.contains(v.lemma(np.end()))
                && !(head.endsWith("s") && VictimCountRule.HUMAN.contains(head.substring(0, head.length() - 1)))) return 0;
        for (var n : v.numbers) {
            if (n.firstToken() < np.start() || n.lastToken() > np.end() || n.qualifier() != dev.triangulate.model.Qualifier.EXACT) continue;
            // "a 17-year-old boy": an age is no count
            if (Regex.matches(v.lower(n.lastToken() + 1), "-|years?")) continue;
            return n.value() >= 1 && n.value() == Math.rint(n.value()) ? (int) n.value() : 0;
        }
        return Regex.matches(v.lower(np.start()), "a|an|one") ? 1 : 0;
    }
}
