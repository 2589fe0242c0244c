package dev.triangulate.extract.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of the days of the week, as the day rules look for them in a time expression. */
final class Weekdays {
    private Weekdays() {}

    /** A weekday's name as a regular expression (a group; case is left to the caller's flags). */
    static final String NAME = "(mon|tues|wednes|thurs|fri|satur|sun)day";

    private static final Pattern WORD = Pattern.compile("(?i)\\b" + NAME + "\\b");

    /** Whether the text names a weekday as a word: "early Saturday", "SUNDAY NIGHT". */
    static boolean named(String text) {
        return Regex.matches(text, "(?i).*\\b" + NAME + "\\b.*");
    }

    /**
     * Whether the text names a weekday and nothing that fixes its week: no "last", "next", "this",
     * "today", "tonight", and no date ("Saturday night", "Friday at 9 p.m."; not "last Friday",
     * "Saturday, Jan. 21", "Friday 3/4").
     */
    static boolean bare(String text) {
        return named(text) && !Regex.matches(text, "(?i).*\\b(today|tonight|this|last|next)\\b.*")
                && !Regex.matches(CLOCK.matcher(text).replaceAll(""), ".*\\d.*");
    }

    private static final Pattern CLOCK = Pattern.compile("(?i)\\d{1,2}(:\\d\\d)?\\s*[ap]\\.?m\\.?");

    /** The first weekday the text names, in lower case ("saturday"), or null. */
    static String first(String text) {
        Matcher m = WORD.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }
}
