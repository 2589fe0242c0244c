package dev.triangulate.extract.internal;

import dev.triangulate.model.TimeMention;
import java.time.LocalDate;

/**
 * A page dated by its last update while its stamp tells when it was first posted ("Posted:
 * Saturday, March 2, 2013 7:39 AM EST Updated: Saturday, March 16, 2013 7:39 AM EST"): the story's
 * weekdays were written in the week it was posted, so a bare weekday the tagger resolved in the
 * update's week is the one on or before the posted day.
 */
final class PostedDay {
    private PostedDay() {}

    private static final java.util.regex.Pattern POSTED_UPDATED = java.util.regex.Pattern.compile(
            "Posted: \\p{L}+day, (\\p{L}+ \\d{1,2}, \\d{4})[^\\n]{0,40}?Updated: \\p{L}+day, (\\p{L}+ \\d{1,2}, \\d{4})");
    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US);

    /** The day the page was first posted, when it is dated by a later update; null otherwise. */
    static LocalDate posted(String body, LocalDate published) {
        if (body == null) return null;
        var m = POSTED_UPDATED.matcher(body);
        if (!m.find()) return null;
        try {
            LocalDate posted = LocalDate.parse(m.group(1), LONG_DATE), updated = LocalDate.parse(m.group(2), LONG_DATE);
            return updated.equals(published) && posted.isBefore(updated) ? posted : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The mention, a bare weekday of the update's week moved to that weekday on or before the posted day. */
    static TimeMention inPostedWeek(TimeMention t, LocalDate posted, LocalDate published) {
        if (posted == null || !t.dated()
                || !Weekdays.bare(t.text())) return t;
        LocalDate day = LocalDate.parse(t.value().substring(0, 10));
        long before = published.toEpochDay() - day.toEpochDay();
        if (before < 0 || before > 6) return t;
        LocalDate moved = posted;
        while (moved.getDayOfWeek() != day.getDayOfWeek()) moved = moved.minusDays(1);
        return t.withDay(moved);
    }
}
