package dev.triangulate.model;

import java.util.List;

/** Articles that count as one independent source (same outlet, or copies of one text). */
public record SourceGroup(String id, List<String> outlets, List<String> articles, String reason) {
    public SourceGroup {
        outlets = List.copyOf(outlets);
        articles = List.copyOf(articles);
    }
}
