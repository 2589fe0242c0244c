package dev.triangulate.model;

import java.util.List;

/** The cross-checked account of one story: what the presenters render. */
public record StoryReport(String id, String headline, List<Article> articles, List<SourceGroup> sources,
                          List<Fact> facts, List<StoryQuote> quotes) {
    public StoryReport {
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        quotes = List.copyOf(quotes);
    }
}
