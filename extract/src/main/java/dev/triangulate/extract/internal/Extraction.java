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
            new CasualtyRule(), new VictimCountRule(), new FateRule(), new VictimListRule(), new PlaceRule(), new TimeRule(), new WeaponRule());

    public static ExtractedArticle run(AnnotatedArticle a) {
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

    private static void applyRules(List<SentenceView> views, ArticleContext ctx) {
        for (SentenceView v : views) {
            // background ("shot in Warsaw in 1927", "a similar attack last year") is not this event
            if (EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) continue;
            for (ClaimRule r : RULES) r.apply(v, ctx);
        }
        VictimCountRule.resolve(ctx);
        TimeRule.resolve(views, ctx);
        PlaceRule.resolve(ctx);
        dropPerpetratorsFromVictims(ctx);
    }

    /**
     * A gunman killed by police is not one of the incident's victims: names the article calls the
     * gunman or suspect (role, "the suspect, X", the incident's perpetrator) or reports arrested
     * leave the victim list (their fate claims stay).
     */
    static void dropPerpetratorsFromVictims(ArticleContext ctx) {
        java.util.Set<String> perpetrators = new java.util.HashSet<>();
        for (Claim c : ctx.claims) {
            if (c.slot() == dev.triangulate.model.Slot.ROLE && Lexicon.PERPETRATOR.stream().anyMatch(r -> c.value().toLowerCase(java.util.Locale.ROOT).matches(".*\\b" + r + "\\b.*"))
                    || c.subject().equals(Claim.INCIDENT) && c.slot() == dev.triangulate.model.Slot.PERPETRATOR
                    || c.slot() == dev.triangulate.model.Slot.FATE && c.value().equals("arrested")) {
                perpetrators.add(c.slot() == dev.triangulate.model.Slot.PERPETRATOR ? c.value() : c.subject());
            }
        }
        ctx.personByRole.forEach((role, person) -> { if (Lexicon.PERPETRATOR.contains(role)) perpetrators.add(person); });
        // "gunman Ivo Brandt", "the suspect, Ivo Brandt,", "Ivo Brandt, the shooter"
        var tokens = ctx.article.tokens();
        for (var e : ctx.article.entities()) {
            if (e.type() != dev.triangulate.model.EntityType.PERSON) continue;
            int b = e.firstToken() - 1;
            if (b >= 0 && tokens.get(b).text().equals(",")) b--;
            int a = e.lastToken() + 1;
            if (a < tokens.size() && tokens.get(a).text().equals(",")) a++;
            while (a < tokens.size() && tokens.get(a).pos().matches("DT|JJ")) a++;
            if (b >= 0 && Lexicon.PERPETRATOR.contains(tokens.get(b).lower())
                    || a < tokens.size() && a > e.lastToken() + 1 && Lexicon.PERPETRATOR.contains(tokens.get(a).lower())) {
                perpetrators.add(e.text().replaceAll("['’]s$", ""));
            }
        }
        if (perpetrators.isEmpty()) return;
        ctx.claims.removeIf(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == dev.triangulate.model.Slot.VICTIM
                && perpetrators.stream().anyMatch(p -> samePerson(p, c.value())));
    }

    /** The same full name (middle names aside); a lone surname is not enough: relatives share it. */
    private static boolean samePerson(String a, String b) {
        String[] x = a.strip().split("\\s+"), y = b.strip().split("\\s+");
        if (x.length == 1 || y.length == 1) return a.strip().equalsIgnoreCase(b.strip());
        return x[0].equalsIgnoreCase(y[0]) && x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
    }
}
