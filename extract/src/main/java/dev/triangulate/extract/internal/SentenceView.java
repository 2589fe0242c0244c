package dev.triangulate.extract.internal;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.NumberMention;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.TimeMention;
import dev.triangulate.model.Token;
import java.util.List;
import java.util.Optional;

/** One sentence with its annotations, indexed by absolute token position, for the rules. */
public final class SentenceView {
    final AnnotatedArticle article;
    final Sentence sentence;
    final List<Token> tokens;
    final List<EntityMention> entities;
    final List<NumberMention> numbers;
    final List<TimeMention> times;
    final int first;
    final String attribution;
    final String hedge;

    SentenceView(AnnotatedArticle article, Sentence sentence) {
        this.article = article;
        this.sentence = sentence;
        this.tokens = article.tokensOf(sentence.index());
        this.first = tokens.isEmpty() ? 0 : tokens.get(0).index();
        this.entities = article.entities().stream().filter(e -> e.sentence() == sentence.index()).toList();
        this.numbers = article.numbers().stream().filter(n -> n.sentence() == sentence.index()).toList();
        this.times = article.times().stream().filter(t -> t.sentence() == sentence.index()).toList();
        this.attribution = Attributions.find(this);
        this.hedge = Hedges.find(this);
    }

    /** Token at absolute index i, or null outside this sentence. */
    Token at(int i) {
        int k = i - first;
        return k < 0 || k >= tokens.size() ? null : tokens.get(k);
    }

    String lower(int i) {
        Token t = at(i);
        return t == null ? "" : t.lower();
    }

    String lemma(int i) {
        Token t = at(i);
        return t == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT);
    }

    int last() { return first + tokens.size() - 1; }

    Optional<EntityMention> entityAt(int i) {
        return entities.stream().filter(e -> e.firstToken() <= i && i <= e.lastToken()).findFirst();
    }

    Optional<EntityMention> entityStartingAt(int i, EntityType type) {
        return entities.stream().filter(e -> e.firstToken() == i && e.type() == type).findFirst();
    }

    Optional<EntityMention> entityEndingAt(int i, EntityType type) {
        return entities.stream().filter(e -> e.lastToken() == i && e.type() == type).findFirst();
    }

    /** Text from the start of token a to the end of token b. */
    String text(int a, int b) {
        return article.article().text().substring(at(a).begin(), at(b).end());
    }

    Evidence evidence(int a, int b) {
        return new Evidence(article.article().id(), sentence.index(), sentence.text(), sentence.begin(), at(a).begin(), at(b).end());
    }

    Evidence evidence(int begin, int end, boolean chars) {
        return new Evidence(article.article().id(), sentence.index(), sentence.text(), sentence.begin(), begin, end);
    }

    /** Whether any verb of the sentence has one of the lemmas. */
    boolean hasVerb(java.util.Set<String> lemmas) {
        return tokens.stream().anyMatch(t -> t.isVerb() && lemmas.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
    }
}
