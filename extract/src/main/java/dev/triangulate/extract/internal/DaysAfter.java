package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;

/**
 * A day told as so long after the shooting ("died Friday, two days after he was shot",
 * "was arrested Thursday, a day after he shot his friend"): the shooting was that many days
 * before it.
 */
final class DaysAfter {
    private DaysAfter() {}

    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("a", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "2", 2, "3", 3, "4", 4);
    /** Words that tell the shooting after "after": "after he was shot", "after the incident". */
    private static final java.util.Set<String> SHOOTING = java.util.Set.of("shot", "shooting", "shootout", "incident", "wounded",
            "attack", "gunfire");

    /** How many days before the time the shooting was, or 0 when the sentence does not say. */
    static int before(SentenceView v, TimeMention t) {
        if (nightBefore(v, t)) return 1;
        for (int i = t.lastToken() + 1; i <= v.last() - 2 && i <= t.lastToken() + 8; i++) {
            if (Regex.matches(v.lower(i), "and|but|;|when|while")) return 0;
            Integer n = COUNTS.get(v.lower(i));
            if (n == null || !Regex.matches(v.lower(i + 1), "days?|weeks?") || !v.lower(i + 2).equals("after")) continue;
            int after = i + 2;
            // "a day after he shot a neighbor on Sunday" names the shooting's own day
            if (v.times.stream().anyMatch(o -> o.firstToken() > after)) return 0;
            for (int k = i + 3; k <= v.last() && k <= i + 7; k++) {
                if (SHOOTING.contains(v.lower(k))) return v.lower(i + 1).startsWith("week") ? 7 * n : n;
            }
            return 0;
        }
        return 0;
    }

    /**
     * A shooting told as of "the previous night" or "the night before" ahead of the day
     * ("bullets struck two children during a drive-by shooting the previous night, on East Houston
     * Street on Thursday", a photo caption): the day is the one after it.
     */
    private static boolean nightBefore(SentenceView v, TimeMention t) {
        boolean shooting = false;
        for (int i = v.first; i + 2 < t.firstToken(); i++) {
            if (SHOOTING.contains(v.lower(i))) shooting = true;
            if (!shooting || !v.lower(i).equals("the")) continue;
            String a = v.lower(i + 1), b = v.lower(i + 2);
            if (a.equals("previous") && b.equals("night") || a.equals("night") && b.equals("before")) return true;
        }
        return false;
    }
}
