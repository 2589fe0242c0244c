package dev.triangulate.model;

import java.util.List;

/**
 * One value of a fact with every article stating it. For a place or a day, also how many of the
 * story's reports name it anywhere in their text, stating it as the event's or not (a day by its
 * weekday or its date), and how many times they name it in all (both 0 for other slots).
 */
public record FactValue(String value, Qualifier qualifier, List<SourceRef> sources, int reportsNaming, int timesNamed) {
    public FactValue {
        sources = List.copyOf(sources);
    }

    /** A value without a count of mentions. */
    public FactValue(String value, Qualifier qualifier, List<SourceRef> sources) {
        this(value, qualifier, sources, 0, 0);
    }

    /** Number of distinct independent sources behind this value. */
    public long independentSources() {
        return sources.stream().map(SourceRef::source).distinct().count();
    }
}
