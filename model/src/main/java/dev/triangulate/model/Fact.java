package dev.triangulate.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A reconciled fact of a story: all values reported for (subject, slot) and their status. */
public record Fact(String subject, Slot slot, List<FactValue> values, FactStatus status) {
    public Fact {
        values = List.copyOf(values);
    }

    /**
     * The value a reader would state in one line: for a developing fact the most recently
     * reported value; otherwise a number over a vague word ("several"), then the one with the most independent sources, then the most
     * reports, then (for a day) one within days before the first report, then (for a place or a day) the one more reports name at all,
     * and more often, then (for the injured) the larger count, then (for a day) the nearest before the first report, then the first reported.
     */
    public Optional<FactValue> leading() {
        if (values.isEmpty()) return Optional.empty();
        if (status == FactStatus.DEVELOPING) {
            return values.stream().max(Comparator.comparing(Fact::latest));
        }
        // a day within days before the first report over one long before it or after it (see FirstReportWindow)
        FirstReportWindow window = slot == Slot.DATE ? new FirstReportWindow(values) : null;
        // a count in words ("multiple people were shot") yields to a number another report gives ("six others")
        return values.stream().max(Comparator.comparingInt((FactValue v) -> slot.numeric() && count(v.value()) < 0 ? 0 : 1)
                .thenComparingLong(FactValue::independentSources)
                .thenComparingInt(v -> v.sources().size())
                .thenComparingInt(v -> window == null ? 0 : window.near(v))
                // "Roxbury" in one report, "Boston" in another that both name: the town, not its neighbourhood;
                // a shooting dated Tuesday by one report and Wednesday by another: the day more reports name
                .thenComparingInt(FactValue::reportsNaming)
                .thenComparingInt(FactValue::timesNamed)
                // a count of the injured grows as victims are found: of two equally sourced, the larger is the fuller
                .thenComparingDouble(v -> slot == Slot.INJURED ? count(v.value()) : 0)
                // of days still tied, the one nearest before the first report
                .thenComparingLong(v -> window == null ? 0 : window.closeness(v))
                .thenComparing(Fact::earliest, Comparator.reverseOrder()));
    }

    /** A count's number ("3", ">=2"), or -1 for a vague word ("several"). */
    private static double count(String value) {
        try {
            return Double.parseDouble(value.replaceAll("^[^0-9]+", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Instant latest(FactValue v) {
        return v.sources().stream().map(SourceRef::published).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.MIN);
    }

    private static Instant earliest(FactValue v) {
        return v.sources().stream().map(SourceRef::published).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }
}
