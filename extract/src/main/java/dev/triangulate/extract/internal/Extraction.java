package dev.triangulate.extract.internal;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Runs the rules over an article: attributes first (they name people by role), then the rest. */
public final class Extraction {
    private Extraction() {}

    private static final List<ClaimRule> RULES = List.of(
            new CasualtyRule(), new VictimCountRule(), new FateRule(), new VictimListRule(), new WhoClauseRule(), new AgedSubjectNamed(), new NameOnlyHeadline(), new WhenClauseRule(), new MourningNames(), new HarmPhrases(), new DescribedVictimNamed(), new PlaceRule(), new TimeRule(), new WeaponRule());

    /** Starts loading the gazetteer of towns in the background, beside the NLP models' load. */
    public static void warmUp() {
        Thread.ofPlatform().daemon().name("triangulate-gazetteer").start(Towns::load);
    }

    public static ExtractedArticle run(AnnotatedArticle analysed) {
        AnnotatedArticle a = PersonMentions.repair(analysed);
        List<SentenceView> views = a.sentences().stream().map((Sentence s) -> new SentenceView(a, s)).toList();
        // the whole article: people's roles for quotes, and the claims of an ordinary one-event report
        ArticleContext whole = new ArticleContext(a);
        AttributeRule attributes = new AttributeRule();
        views.forEach(v -> attributes.apply(v, whole));
        List<int[]> segments = EventSegmenter.segments(a, views);
        List<Claim> claims = new ArrayList<>();
        List<ExtractedArticle.Segment> events = new ArrayList<>();
        if (segments.size() <= 1) {
            applyRules(views, whole);
            claims.addAll(whole.claims);
        } else {
            // a roundup: each incident is read on its own, so its place and counts are its own
            String text = a.article().text();
            for (int[] seg : segments) {
                List<SentenceView> part = views.subList(seg[0], seg[1] + 1);
                ArticleContext ctx = new ArticleContext(a, seg[0]);
                part.forEach(v -> attributes.apply(v, ctx));
                applyRules(part, ctx);
                claims.addAll(ctx.claims);
                int end = seg[1] + 1 < a.sentences().size() ? a.sentences().get(seg[1] + 1).begin() : text.length();
                events.add(new ExtractedArticle.Segment(seg[0] == 0 ? 0 : a.sentences().get(seg[0]).begin(), end));
            }
        }
        return new ExtractedArticle(a, claims, QuoteAttributor.attribute(a, views, whole), events);
    }

    private static void applyRules(List<SentenceView> all, ArticleContext ctx) {
        // a page's list of other stories, each paragraph printed twice: no rule reads them, nor the article-wide fallbacks
        List<int[]> teasers = TeaserParagraphs.ranges(ctx.article.article().text());
        List<SentenceView> views = teasers.isEmpty() ? all
                : all.stream().filter(v -> !TeaserParagraphs.contains(teasers, v.sentence.begin())).toList();
        for (SentenceView v : views) {
            // background ("shot in Warsaw in 1927", "a similar attack last year") is not this event
            if (EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) continue;
            for (ClaimRule r : RULES) r.apply(v, ctx);
        }
        // victims listed one a line after a cue ending in a colon
        VictimLines.claim(views, ctx);
        // a name in the sentence after one that reports someone identified
        NamedAfterIdentification.claim(views, ctx);
        VictimCountRule.resolve(ctx);
        TimeRule.resolve(views, ctx);
        PlaceRule.resolve(views, ctx);
        NotVictims.dropPerpetrators(ctx);
        NamedSuspects.claim(views, ctx);
        NotVictims.dropSpeakers(ctx);
        NotVictims.dropRosters(ctx);
        NotVictims.dropOtherDays(views, ctx);
        NotVictims.dropUnnamed(ctx);
    }
}
