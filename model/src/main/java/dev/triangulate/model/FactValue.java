package dev.triangulate.model;

import java.util.List;

/** One value of a fact with every article stating it. */
public record FactValue(String value, Qualifier qualifier, List<SourceRef> sources) {
    public FactValue {
        sources = List.copyOf(sources);
    }

    /** Number of distinct independent sources behind this value. */
    public long independentSources() {
        return sources.stream().map(SourceRef::source).distinct().count();
    }
}
