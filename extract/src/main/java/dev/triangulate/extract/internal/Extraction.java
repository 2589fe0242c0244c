package dev.triangulate.extract.internal;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Sentence;
import java.util.List;

/** Runs the rules over an article: attributes first (they name people by role), then the rest. */
public final class Extraction {
    private Extraction() {}

    private static final List<ClaimRule> RULES = List.of(
            new CasualtyRule(), new FateRule(), new PlaceRule(), new TimeRule(), new WeaponRule());

    public static ExtractedArticle run(AnnotatedArticle a) {
        ArticleContext ctx = new ArticleContext(a);
        List<SentenceView> views = a.sentences().stream().map((Sentence s) -> new SentenceView(a, s)).toList();
        AttributeRule attributes = new AttributeRule();
        views.forEach(v -> attributes.apply(v, ctx));
        for (SentenceView v : views) {
            // background ("shot in Warsaw in 1927", "a similar attack last year") is not this event
            if (EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v)) continue;
            for (ClaimRule r : RULES) r.apply(v, ctx);
        }
        return new ExtractedArticle(a, ctx.claims, QuoteAttributor.attribute(a, views, ctx));
    }
}
