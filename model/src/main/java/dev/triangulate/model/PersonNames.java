package dev.triangulate.model;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the entity tagger hands over as a person's name, checked and trimmed before it becomes a victim
 * (in extraction) or completes one (the name table of reconciliation).
 */
public final class PersonNames {
    private PersonNames() {}

    /** A sentence break the text lost its space at: "Charles Jackson.His family" → "Charles Jackson". */
    private static final Pattern RUN_ON = Pattern.compile("(?<=\\p{Ll})\\.(?=\\p{Lu}).*$");

    /** Words of institutions, places and streets the tagger sometimes reads as a person ("Gary Police", "Wilkens Avenue"). */
    private static final Set<String> NON_PERSON_WORDS = Set.of("police", "sheriff's", "office", "department", "county", "parish",
            "school", "avenue", "streets", "road", "boulevard", "drive", "parkway", "highway", "hospital", "news", "coroner's", "central", "center", "high", "fort", "apartments");

    /** Lower-case words that belong to names ("Juan De la Fuente", "Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("de", "la", "del", "della", "van", "von", "der", "da", "di", "du", "le", "bin", "al", "y", "e");

    /** The name without a run-on sentence after it. */
    public static String trim(String name) {
        // a dash the tagger took into the name ("Felicia Jones –" before "– were treated")
        // and an opening quote of a nickname the tagger cut off ('Christopher “' of 'Christopher “CJ” M.')
        return RUN_ON.matcher(name).replaceFirst("").strip().replaceFirst("\\s+[–—-]+$", "").replaceFirst("\\s+[“\"‘]$", "");
    }

    /**
     * A name a person can have: no ordinary lower-case word ("Anderson said"), no institution or
     * street word, no digit, and not written in capitals ("HER", "KVVU", "REED": call letters, or words of a
     * sentence in capitals, where the tagger's names are guesses).
     */
    public static boolean plausible(String name) {
        String[] words = name.strip().split("\\s+");
        boolean capitals = true;
        for (String w : words) {
            if (w.isEmpty()) return false;
            if (Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)) return false;
            if (NON_PERSON_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
            if (w.chars().anyMatch(Character::isDigit)) return false; // an age the tagger took in ("Marcus Okoro-23")
            capitals &= w.matches("[\\p{Lu}\\p{P}]+"); // initials ("Xonajuk JJ Dej-Oudom") are no name in capitals
        }
        return !capitals;
    }
}
