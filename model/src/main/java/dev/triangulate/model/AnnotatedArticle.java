package dev.triangulate.model;

import java.util.List;

/** The output of the analysis stage: an article with sentences, tokens, entities, times, numbers and quotes. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Token> tokens,
                               List<EntityMention> entities, List<TimeMention> times,
                               List<NumberMention> numbers, List<QuoteSpan> quotes) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        numbers = List.copyOf(numbers);
        quotes = List.copyOf(quotes);
    }

    /** Tokens of one sentence, in order. */
    public List<Token> tokensOf(int sentence) {
        return tokens.stream().filter(t -> t.sentence() == sentence).toList();
    }
}
