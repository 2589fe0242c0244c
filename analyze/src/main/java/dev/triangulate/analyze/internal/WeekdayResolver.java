package dev.triangulate.analyze.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * News reports tell of the past: a bare weekday ("on Sunday evening") is the most recent such
 * day on or before the publication date. SUTime sometimes picks the one of the current or
 * next week; this corrects the date part of its value and keeps the rest ("TEV").
 */
final class WeekdayResolver {
    private WeekdayResolver() {}

    static String resolve(String mentionText, String value, LocalDate published) {
        if (value == null || published == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return value;
        String lower = mentionText.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(next|last|coming|following|previous)\\b.*")) return value;
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (lower.matches(".*\\b" + name + "('s)?\\b.*")) {
                LocalDate day = published.with(TemporalAdjusters.previousOrSame(d));
                return day + value.substring(10);
            }
        }
        return value;
    }
}
