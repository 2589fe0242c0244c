package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;
import java.time.LocalDate;

/**
 * A weekday told of a shooting a week back ("Wilder was shot one week ago while driving ...
 * Saturday afternoon" in a Saturday page): the tagger resolves the weekday to the publication
 * day itself, while the text means that weekday of the week before.
 */
final class WeekAgoDay {
    private WeekAgoDay() {}

    /**
     * The mention, a week earlier when it resolves to the publication day in a sentence saying "a
     * week ago".
     */
    static TimeMention weekEarlier(SentenceView v, TimeMention t, LocalDate published) {
        if (!t.dated()
                || !Weekdays.bare(t.text())) return t; // a date is sure
        if (!LocalDate.parse(t.value().substring(0, 10)).equals(published)) return t;
        if (!saysWeekAgo(v)) return t;
        return t.withDay(published.minusDays(7));
    }

    private static boolean saysWeekAgo(SentenceView v) {
        for (int i = v.first; i + 2 <= v.last(); i++) {
            if (Regex.matches(v.lower(i), "a|one") && v.lower(i + 1).equals("week") && v.lower(i + 2).equals("ago")) return true;
        }
        return false;
    }
}
