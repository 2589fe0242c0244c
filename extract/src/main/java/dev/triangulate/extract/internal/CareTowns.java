package dev.triangulate.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * The town of the hospital a victim was taken to: "Cheyenne Regional Medical Center", "a Meridian
 * hospital", "Plateau Medical Center in Oak Hill". Records that name only a county file the event
 * under that town, which is mostly the county's seat.
 */
final class CareTowns {
    private CareTowns() {}

    private static final Set<String> CARE_WORDS = Set.of("hospital", "clinic", "infirmary");
    /** Words of a hospital's name after its town: "Orlando Regional Medical Center". */
    private static final Set<String> NAME_WORDS = Set.of("regional", "memorial", "general", "community", "medical", "health",
            "university", "area", "trauma");

    /** The first town of a place of treatment that the gazetteer knows, or null. */
    static PlaceRule.Candidate first(List<SentenceView> views) {
        for (SentenceView v : views) {
            for (int i = v.first; i <= v.last(); i++) {
                if (!care(v, i)) continue;
                PlaceRule.Candidate c = before(v, i);
                if (c == null) c = after(v, i);
                if (c != null) return c;
            }
        }
        return null;
    }

    private static boolean care(SentenceView v, int i) {
        return CARE_WORDS.contains(v.lower(i)) || Regex.matches(v.lower(i), "cent(er|re)") && Regex.matches(v.lower(i - 1), "medical|trauma|health");
    }

    /** "Cheyenne Regional Medical Center", "a Meridian hospital": the town opens the name. */
    private static PlaceRule.Candidate before(SentenceView v, int care) {
        int k = care - 1;
        while (k >= v.first && NAME_WORDS.contains(v.lower(k))) k--;
        int end = k;
        while (k >= v.first && k > end - 2 && capitalized(v, k)) k--;
        return end >= v.first && k < end ? known(v, k + 1, end) : null;
    }

    /** "Plateau Medical Center in Oak Hill", "a hospital in Lancaster". */
    private static PlaceRule.Candidate after(SentenceView v, int care) {
        if (!v.lower(care + 1).equals("in")) return null;
        int start = care + 2, end = start;
        while (end + 1 <= v.last() && end < start + 2 && capitalized(v, end + 1)) end++;
        return capitalized(v, start) ? known(v, start, end) : null;
    }

    private static boolean capitalized(SentenceView v, int k) {
        return v.at(k) != null && v.at(k).pos().startsWith("NNP") && Character.isUpperCase(v.at(k).text().charAt(0));
    }

    private static PlaceRule.Candidate known(SentenceView v, int start, int end) {
        String town = v.text(start, end);
        // "St. Francis Hospital": a saint's name, not the town of Saint Francis
        if (!Towns.known(town) || Countries.contains(town) || Regex.matches(town, "(St\\.?|Saint) .*")) return null;
        return new PlaceRule.Candidate(PlaceRule.OTHER, town, v.evidence(start, end), v);
    }
}
