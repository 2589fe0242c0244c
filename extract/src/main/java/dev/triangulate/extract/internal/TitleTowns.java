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

    /** One to three capitalized words, then a lower-case word. */
    private static final Pattern NAME_THEN_WORD = Pattern.compile(
            "(?<![\\p{L}’'.-])(\\p{Lu}[\\p{L}’'.]*(?:[ -]\\p{Lu}[\\p{L}’'.]*){0,2}) (\\p{Ll}[\\p{L}-]*|\\d+-year-old)");

    /** Lower-case words after a town in a headline that make it the event's or a resident's. */
    private static final Set<String> AFTER_TOWN = Set.of("police", "officers", "deputies", "drive-by", "shooting", "shootings",
            "homicide", "murder", "killing", "slaying", "standoff", "stabbing", "gunfire", "teens", "men", "women", "family");

    /** The text offsets of the first known town in the title, or null. */
    static int[] find(String title, String text) {
        Matcher m = NAME_THEN_WORD.matcher(title);
        while (m.find()) {
            String next = m.group(2);
            if (!(AFTER_TOWN.contains(next) || VictimCountRule.HUMAN.contains(next) || Lexicon.VENUE_NOUNS.contains(next)
                    || next.endsWith("-year-old"))) continue;
            String[] words = m.group(1).split(" ");
            // "South Philadelphia rec center": the longest known town that ends the name
            for (int k = 0; k < words.length; k++) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                if (town(name, text)) {
                    int begin = m.end(1) - name.length();
                    return new int[] {begin, m.end(1)};
                }
            }
        }
        return null;
    }

    private static boolean town(String name, String text) {
        if (Countries.contains(name) || Gazetteer.usState(name).isPresent() || Holidays.oneWordName(name)) return false;
        // a capital that only opens the headline ("Gang member arrested") is a common word the text writes in lower case
        if (Lexicon.hasWord(text, name.split(" ")[0].toLowerCase(Locale.ROOT))) return false;
        return Towns.named(name).stream().anyMatch(t -> !t.section() && t.country().equals("US"));
    }
}
