package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;
import java.time.LocalDate;
import java.util.List;

/**
 * A bare weekday of a page that also names that weekday with its date ("shot in Shelby Monday
 * night" beside "it happened around 11 p.m. Monday, May 23", in a page of the Wednesday after):
 * the tagger resolves the bare weekday within the publication's week, while the page means the
 * dated one, a week or more before.
 */
final class DatedWeekdays {
    private DatedWeekdays() {}

    /** How far before the publication a dated weekday may lie for a bare one to mean it. */
    private static final int MAX_DAYS_BEFORE = 13;

    /** The mention, its value moved to the article's dated weekday of that name when it names one. */
    static TimeMention toDatedWeekday(TimeMention t, List<TimeMention> all, LocalDate published) {
        String day = Weekdays.first(t.text());
        if (day == null || !t.dated()
                || Regex.matches(t.text(), "(?i).*(\\d|\\blast\\b|\\bnext\\b|\\bthis\\b).*")) return t;
        LocalDate bare = LocalDate.parse(t.value().substring(0, 10));
        for (TimeMention other : all) {
            if (other == t || !other.dated()) continue;
            if (!day.equals(Weekdays.first(other.text())) || !Regex.matches(other.text(), ".*\\d.*")) continue;
            LocalDate dated = LocalDate.parse(other.value().substring(0, 10));
            long before = published.toEpochDay() - dated.toEpochDay();
            if (dated.equals(bare) || before < 0 || before > MAX_DAYS_BEFORE
                    || !dated.getDayOfWeek().name().equalsIgnoreCase(day)) continue;
            return t.withDay(dated);
        }
        return t;
    }

}
