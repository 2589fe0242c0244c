package dev.triangulate.extract.internal;

import dev.triangulate.model.Gazetteer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known town in the page title, read from the title string itself: the analyzer joins the
 * headline to the first body sentence or to page chrome, so its tags can miss a town the headline
 * plainly gives ("Oak Hill man hospitalized", "after Durham drive-by"). Used only when the
 * article yields no place at all.
 */
final class TitleTowns {
    private TitleTowns() {}

    /** One to three capitalized words, then a lower-case word (and the one after it: "rec center"). */
    private static final Pattern NAME_THEN_WORD = Pattern.compile(
            "(?<![\\p{L}’'.-])(\\p{Lu}[\\p{L}’'.]*(?:[ -]\\p{Lu}[\\p{L}’'.]*){0,2}) (\\p{Ll}[\\p{L}-]*|\\d+-year-old)(?: (\\p{Ll}+))?");

    /** A title-case venue after "at": a town, then one or two words naming the venue ("At Kankakee Banquet Hall"). */
    private static final Pattern AT_VENUE = Pattern.compile(
            "\\b(?i:at|inside|outside) (\\p{Lu}[\\p{L}’'.]*(?: \\p{Lu}[\\p{L}’'.]*){0,2}?) (\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}\\p{Ll}+))?(?![ -]?\\p{L})");

    /** Lower-case words after a town in a headline that make it the event's or a resident's. */
    private static final Set<String> AFTER_TOWN = Set.of("police", "officers", "deputies", "drive-by", "shooting", "shootings",
            "homicide", "murder", "killing", "slaying", "standoff", "stabbing", "gunfire", "teens", "men", "women", "family");

    /** The text offsets of the first known town in the title, or null. */
    static int[] find(String title, String text) {
        Matcher m = NAME_THEN_WORD.matcher(title);
        while (m.find()) {
            String next = m.group(2);
            if (!(AFTER_TOWN.contains(next) || VictimCountRule.HUMAN.contains(next) || Lexicon.VENUE_NOUNS.contains(next)
                    || next.endsWith("-year-old") || m.group(3) != null && Lexicon.VENUE_NOUNS.contains(m.group(3)))) continue;
            int[] at = townEnding(m.group(1), m.end(1), text);
            if (at != null) return at;
        }
        // "Five Shot During Party At Kankakee Banquet Hall", "Shooting at Brookfield Embassy Suites"
        Matcher venue = AT_VENUE.matcher(title);
        while (venue.find()) {
            boolean named = Lexicon.VENUE_NOUNS.contains(venue.group(2).toLowerCase(Locale.ROOT))
                    || venue.group(3) != null && Lexicon.VENUE_NOUNS.contains(venue.group(3).toLowerCase(Locale.ROOT));
            if (!named) continue;
            int[] at = townEnding(venue.group(1), venue.end(1), text);
            if (at != null) return at;
        }
        return null;
    }

    /** "South Philadelphia rec center": the longest known town that ends the name ending at {@code end}. */
    private static int[] townEnding(String words, int end, String text) {
        String[] w = words.split(" ");
        for (int k = 0; k < w.length; k++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (town(name, text)) return new int[] {end - name.length(), end};
        }
        return null;
    }

    private static boolean town(String name, String text) {
        if (Countries.contains(name) || Gazetteer.usState(name).isPresent() || Holidays.oneWordName(name)) return false;
        // a capital that only opens the headline ("Gang member arrested") is a common word the text writes in lower case
        if (Lexicon.hasWord(text, name.split(" ")[0].toLowerCase(Locale.ROOT))) return false;
        return Towns.knownInUs(name);
    }
}
