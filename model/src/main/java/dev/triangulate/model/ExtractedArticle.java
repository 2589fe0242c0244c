package dev.triangulate.model;

import java.util.List;

/** An analyzed article with the claims and quotes extracted from it. */
public record ExtractedArticle(AnnotatedArticle annotated, List<Claim> claims, List<Quote> quotes) {

    public ExtractedArticle {
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
    }

    public Article article() { return annotated.article(); }
}
