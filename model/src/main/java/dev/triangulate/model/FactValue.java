package dev.triangulate.model;

import java.util.List;

/**
 * One value of a fact with every article stating it, and for a place the number of the story's
 * reports whose text names it at all, stating it as the event's place or not ({@code mentions}).
 */
public record FactValue(String value, Qualifier qualifier, List<SourceRef> sources, int mentions) {
    public FactValue {
        sources = List.copyOf(sources);
    }

    /** A value without a count of mentions. */
    public FactValue(String value, Qualifier qualifier, List<SourceRef> sources) {
        this(value, qualifier, sources, 0);
    }

    /** Number of distinct independent sources behind this value. */
    public long independentSources() {
        return sources.stream().map(SourceRef::source).distinct().count();
    }
}
