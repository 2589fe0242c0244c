package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;

/**
 * A page's own date line, not a day of the story: a full date standing alone as a line of the
 * page ("August 13, 2016" under the headline), or in parentheses after the dateline's place
 * ("JAY COUNTY, Ind. (Nov. 18, 2015)— A boy was shot ..."). Both tell when the page was
 * written, usually the day after an evening's shooting that the story names by its weekday.
 */
final class PageDates {
    private PageDates() {}

    /** Whether the time is the page's date line rather than a day the story tells. */
    static boolean dateLine(SentenceView v, TimeMention t) {
        if (!Regex.matches(t.text(), ".*\\b(19|20)\\d\\d\\b.*")) return false;
        return alone(v, t) || parenthesized(v, t);
    }

    /** Nothing but punctuation beside the date in its sentence. */
    private static boolean alone(SentenceView v, TimeMention t) {
        for (int i = v.first; i <= v.last(); i++) {
            if (i >= t.firstToken() && i <= t.lastToken()) continue;
            if (!Regex.matches(v.lower(i), PUNCTUATION)) return false;
        }
        return true;
    }

    /** "(Nov. 18, 2015)—": the date in parentheses, a dash right after. */
    private static boolean parenthesized(SentenceView v, TimeMention t) {
        int open = t.firstToken() - 1, close = t.lastToken() + 1;
        if (open < v.first || close + 1 > v.last()) return false;
        return Regex.matches(v.lower(open), "\\(|-lrb-") && Regex.matches(v.lower(close), "\\)|-rrb-")
                && Regex.matches(v.lower(close + 1), "-+|--|–|—");
    }

    private static final String PUNCTUATION = "[\\p{P}]+|-lrb-|-rrb-";
}
