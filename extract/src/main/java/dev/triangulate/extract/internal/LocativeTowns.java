package dev.triangulate.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * A known town the article puts something in or near, in any sentence and whatever the entity
 * tagger made of its name: "off Marshall Road in Crows Landing" (tagged an organization), "near
 * Villa Park", "right outside of Christiansburg", "in the city of Wilson", "on the west side of
 * Hutchinson". An article that names only a county mostly says where in it the event was this
 * way, in a sentence the event rules do not read ("It happened ...", "Deputies were dispatched
 * to ..."), and records file the event under that town.
 */
final class LocativeTowns {
    private LocativeTowns() {}

    /** Words between the preposition and the name that describe the town's setting: "in rural Foxhome". */
    private static final Set<String> SETTING_WORDS = Set.of("rural", "unincorporated", "nearby", "neighboring", "neighbouring",
            "downtown", "tiny", "small", "quiet", "the", "city", "town", "village", "of");
    /** After the name: a county's, a street's or an institution's name, not the town alone. */
    private static final Set<String> NOT_ALONE = Set.of("county", "parish", "township", "borough", "co.", "street", "st.", "avenue",
            "ave.", "road", "rd.", "drive", "dr.", "lane", "boulevard", "blvd.", "highway", "hospital", "medical", "regional",
            "memorial", "general", "high", "elementary", "middle", "school", "university", "college", "police", "fire",
            "sheriff", "daily", "times", "news", "herald", "post", "journal", "gazette", "'s", "’s");

    /**
     * The first such town the gazetteer knows (or, after a street, one it does not hold at all: a hamlet),
     * not a state, a place of treatment or where someone was arrested or lives, nor a country unless a
     * town of that name lies in the state the article states ("in Lebanon" with "BOONE COUNTY, Ind."); or null.
     *
     * @param statedState the postal code of the state the article states, or null
     */
    static PlaceRule.Candidate first(List<SentenceView> views, String statedState) {
        for (SentenceView v : views) {
            if (PlaceRule.titleCase(v) || PlaceRule.shouting(v)) continue;
            for (int i = v.first; i < v.last(); i++) {
                if (!locative(v, i) || PlaceRule.treatedIn(v, i) || someonesWhereabouts(v, i)) continue;
                int start = i + 1;
                while (start <= v.last() && start < i + 4 && SETTING_WORDS.contains(v.lower(start))) start++;
                if (!capitalized(v, start)) continue;
                int end = start;
                while (end < start + 2 && capitalized(v, end + 1)) end++;
                PlaceRule.Candidate c = known(v, start, end, address(v, i), statedState);
                if (c != null) return c;
            }
        }
        return null;
    }

    /** "in", "near", "outside (of)", "on the west side of". */
    private static boolean locative(SentenceView v, int i) {
        String w = v.lower(i);
        if (Regex.matches(w, "in|near|outside")) return true;
        // "on the west side of Hutchinson"; not "a few miles northeast of King", which records file under the county
        return w.equals("of") && Regex.matches(v.lower(i - 1), "outside|side");
    }

    private static boolean capitalized(SentenceView v, int k) {
        var t = v.at(k);
        return t != null && t.pos().startsWith("NN") && Character.isUpperCase(t.text().charAt(0))
                && !Regex.matches(t.ner(), "DATE|TIME|NUMBER|ORDINAL");
    }

    /** "Mr. Sims was arrested ... in Braddock", "who lived in Akron": where a person was or is, not the event. */
    private static boolean someonesWhereabouts(SentenceView v, int prep) {
        for (int k = v.first; k < prep; k++) {
            if (v.at(k).isVerb() && WHEREABOUTS_VERBS.contains(v.lemma(k))) return true;
        }
        return false;
    }

    private static final Set<String> WHEREABOUTS_VERBS = Set.of("arrest", "apprehend", "capture", "book", "jail", "live", "reside",
            "grow", "attend", "bury", "move", "flee", "work", "perform");

    /** "the 20000 block of Beaverdam Road in Beaverdam", "off Marshall Road in Crows Landing": the town of an address. */
    private static boolean address(SentenceView v, int prep) {
        return STREET_WORDS.contains(v.lower(prep - 1)) || v.lower(prep - 1).equals(",") && STREET_WORDS.contains(v.lower(prep - 2));
    }

    private static final Set<String> STREET_WORDS = Set.of("street", "st.", "avenue", "ave.", "road", "rd.", "drive", "dr.", "lane",
            "ln.", "boulevard", "blvd.", "highway", "court", "ct.", "circle", "way", "place", "trail", "pike", "parkway", "terrace");

    private static PlaceRule.Candidate known(SentenceView v, int start, int end, boolean address, String statedState) {
        // "in Lebanon County", "near Villa Park High School"; "near Kaley Avenue" is a corner
        if (NOT_ALONE.contains(v.lower(end + 1)) || STREET_WORDS.contains(v.lower(end))) return null;
        String town = v.text(start, end);
        // a hamlet the gazetteer does not hold may still be an address's town
        if (!Towns.known(town) && !(address && Towns.named(town).isEmpty()) || Countries.contains(town) && !townOfState(town, statedState) || dev.triangulate.model.Gazetteer.usState(town).isPresent()
                || Holidays.oneWordName(town)) return null;
        return new PlaceRule.Candidate(PlaceRule.OTHER, town, v.evidence(start, end), v);
    }

    /** A town named like a country ("Lebanon", "Mexico", "Peru") lies in the state the article states. */
    private static boolean townOfState(String town, String statedState) {
        return statedState != null && Towns.knownInState(town, statedState);
    }
}
