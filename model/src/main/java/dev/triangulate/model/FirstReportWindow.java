package dev.triangulate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a day stands against the first report that dates the event: news reports an event
 * within days, so of two days as well sourced, one within {@link #NEAR_DAYS} days before the
 * first report is the event's rather than one weeks before it (a day the report recalls, a
 * weather alert on the page) or one after it (a later step: a report cannot precede its event).
 */
final class FirstReportWindow {
    /** How many days before the first report a day still reads as the event's. */
    static final int NEAR_DAYS = 3;

    private final LocalDate first;

    /** The window of a fact's values: the first report is the earliest published source among them. */
    FirstReportWindow(List<FactValue> values) {
        this.first = values.stream().flatMap(v -> v.sources().stream()).map(SourceRef::published).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(FirstReportWindow::day).orElse(null);
    }

    /** 1 when the day is on or up to {@link #NEAR_DAYS} days before the first report, else 0 (also for no day). */
    int near(FactValue v) {
        Long before = daysBefore(v);
        return before != null && before >= 0 && before <= NEAR_DAYS ? 1 : 0;
    }

    /** Higher the nearer the day lies before the first report; any day after it ranks below every day before it. */
    long closeness(FactValue v) {
        Long before = daysBefore(v);
        if (before == null) return Long.MIN_VALUE;
        return before >= 0 ? -before : AFTER + before;
    }

    private static final long AFTER = -1_000_000;

    private Long daysBefore(FactValue v) {
        if (first == null) return null;
        try {
            return ChronoUnit.DAYS.between(LocalDate.parse(v.value().strip()), first);
        } catch (DateTimeParseException e) {
            return null; // a range or a partial date
        }
    }

    private static LocalDate day(Instant i) {
        return i.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
