package dev.triangulate.model;

import java.util.List;

/** A quote as it appears across the story: one entry however many articles carry it. */
public record StoryQuote(String speaker, String text, List<SourceRef> sources) {
    public StoryQuote {
        sources = List.copyOf(sources);
    }
}
