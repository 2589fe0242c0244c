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
            // background with another year ("shot in Warsaw in 1927") is not this event
            if (EventSentences.mentionsOtherYear(v, ctx)) continue;
            for (ClaimRule r : RULES) r.apply(v, ctx);
        }
        return new ExtractedArticle(a, ctx.claims, QuoteAttributor.attribute(a, views, ctx));
    }
}
