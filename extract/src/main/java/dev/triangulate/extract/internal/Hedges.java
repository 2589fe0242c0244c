package dev.triangulate.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the cue that makes a statement uncertain ("reportedly", "are said to", "unconfirmed"). */
final class Hedges {
    private Hedges() {}

    private static final Pattern CUE = Pattern.compile(
            "\\b(reportedly|allegedly|apparently|unconfirmed|unverified|possibly|presumably|rumou?red|"
            + "(?:is|are|was|were) (?:said|believed|thought|understood|reported) to|"
            + "may have|might have|could have|it is believed|it is thought|sources say)\\b",
            Pattern.CASE_INSENSITIVE);

    static String find(SentenceView v) {
        Matcher m = CUE.matcher(v.sentence.text());
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    static List<String> cues() { return List.of(CUE.pattern()); }
}
