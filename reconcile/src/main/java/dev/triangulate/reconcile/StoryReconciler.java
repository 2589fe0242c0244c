package dev.triangulate.reconcile;

import dev.triangulate.model.PersonNames;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Slot;
import dev.triangulate.model.Story;
import dev.triangulate.model.StoryReport;
import dev.triangulate.reconcile.internal.FactBuilder;
import dev.triangulate.reconcile.internal.FirstReportDay;
import dev.triangulate.reconcile.internal.NameAliases;
import dev.triangulate.reconcile.internal.Perpetrators;
import dev.triangulate.reconcile.internal.PlaceContainment;
import dev.triangulate.reconcile.internal.QuoteMerger;
import dev.triangulate.reconcile.internal.ShotThenDied;
import dev.triangulate.reconcile.internal.ValueMentions;
import dev.triangulate.reconcile.internal.SourceGrouper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The reconcile stage: from a story's extracted articles to its cross-checked report —
 * independent sources, facts with status and evidence, merged quotes. Pure and deterministic:
 * articles are processed in (published, id) order whatever order they arrive in.
 */
public final class StoryReconciler {

    /** Reconciles one story. */
    public StoryReport reconcile(Story story) {
        List<ExtractedArticle> articles = new ArrayList<>(story.articles());
        articles.sort(Comparator.comparing((ExtractedArticle a) -> a.article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(a -> a.article().id()));
        List<Article> plain = articles.stream().map(ExtractedArticle::article).toList();
        SourceGrouper.Result sources = SourceGrouper.group(plain);

        List<String> names = new ArrayList<>();
        for (ExtractedArticle a : articles) {
            for (Claim c : a.claims()) {
                names.add(c.subject());
                if (c.slot() == Slot.VICTIM || c.slot() == Slot.PERPETRATOR) names.add(c.value());
            }
            a.quotes().forEach(q -> names.add(q.speaker()));
        }
        // full names the reports write, so a first name alone ("Nathan") resolves to the one "Nathan Majors"; only
        // those that share a word with a lone name, so a large story's alias table stays small
        java.util.Set<String> lone = new java.util.HashSet<>();
        for (String n : names) if (n != null && !n.strip().contains(" ")) lone.add(n.strip());
        for (ExtractedArticle a : articles) {
            // as the extraction checks its victims, so that "Anderson" does not become "Anderson said.Anderson" or "Gary Police"
            a.annotated().entities().stream().filter(e -> e.type() == dev.triangulate.model.EntityType.PERSON)
                    .map(e -> PersonNames.trim(e.text())).filter(n -> n.contains(" ") && PersonNames.plausible(n))
                    .filter(n -> java.util.Arrays.stream(n.split("\\s+")).anyMatch(lone::contains))
                    .forEach(names::add);
        }
        Set<String> victims = new java.util.HashSet<>(), speakers = new java.util.HashSet<>();
        for (ExtractedArticle a : articles) {
            a.claims().stream().filter(c -> c.slot() == Slot.VICTIM && c.value() != null).forEach(c -> victims.add(c.value()));
            a.quotes().stream().filter(q -> q.speaker() != null).forEach(q -> speakers.add(q.speaker()));
        }
        NameAliases aliases = new NameAliases(names.stream().filter(n -> n != null).toList(), victims, speakers);

        PlaceContainment places = new PlaceContainment(articles.stream().flatMap(a -> a.claims().stream()).toList());
        List<FactBuilder.Located> claims = new ArrayList<>();
        List<QuoteMerger.Located> quotes = new ArrayList<>();
        // "a girl was shot" in one report, "the girl died" in the others: she is no injured victim
        var superseded = ShotThenDied.superseded(articles);
        var perpetrators = Perpetrators.of(articles, aliases::canonical);
        // a report's publication day, assumed when it names no day, yields to any day a report states; so does an assumed place
        Set<Slot> statedSlots = articles.stream().flatMap(a -> a.claims().stream()).filter(c -> !assumed(c)).map(Claim::slot)
                .collect(java.util.stream.Collectors.toSet());
        for (ExtractedArticle a : articles) {
            String source = sources.sourceOf().get(a.article().id());
            for (Claim stated : a.claims()) {
                if (superseded.contains(stated) || assumed(stated) && statedSlots.contains(stated.slot())) continue;
                Claim c = places.apply(stated);
                String value = c.slot() == Slot.VICTIM || c.slot() == Slot.PERPETRATOR ? aliases.canonical(c.value()) : c.value();
                if (c.slot() == Slot.VICTIM && !PersonNames.plausible(value)) value = c.value(); // a subject's run-on or office
                if (c.slot() == Slot.VICTIM && perpetrators.contains(value)) continue;
                // a name no report completes ("Betsy", "Kendall", "Macy") identifies nobody: the victim stays unnamed
                if (c.slot() == Slot.VICTIM && !value.strip().contains(" ")) continue;
                claims.add(new FactBuilder.Located(c, aliases.canonical(c.subject()), value, a.article(), source));
            }
            a.quotes().forEach(q -> quotes.add(new QuoteMerger.Located(q,
                    q.speaker() == null ? null : aliases.canonical(q.speaker()), a.article(), source)));
        }
        // no report dates the event, not even by its publication: the first report's day, assumed
        FirstReportDay.of(articles).ifPresent(c -> claims.add(new FactBuilder.Located(c, c.subject(), c.value(), articles.get(0).article(),
                sources.sourceOf().get(articles.get(0).article().id()))));
        String headline = plain.stream().map(Article::title).filter(t -> !t.isBlank()).findFirst().orElse("(untitled)");
        return new StoryReport(story.id(), headline, plain, sources.groups(), FactBuilder.build(claims, new ValueMentions(plain)), QuoteMerger.merge(quotes));
    }

    /** A day or place the extractor assumed rather than read ("about" the publication day): not a stated approximation. */
    private static boolean assumed(Claim c) {
        return ASSUMABLE.contains(c.slot()) && c.qualifier() == dev.triangulate.model.Qualifier.ABOUT;
    }

    private static final Set<Slot> ASSUMABLE = Set.of(Slot.DATE, Slot.PLACE, Slot.REGION, Slot.COUNTRY);
}
