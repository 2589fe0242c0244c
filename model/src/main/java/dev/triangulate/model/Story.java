package dev.triangulate.model;

import java.util.List;

/** Articles judged to report one real-world event, in (published, id) order. */
public record Story(String id, List<ExtractedArticle> articles) {
    public Story {
        articles = List.copyOf(articles);
    }
}
