package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The day of a story none of whose reports dates the event, not even by its own publication
 * (pages whose text tells nothing: a sign-in form, a video player, a social post): the first
 * report's publication day, as about, since a report comes on or after the event it tells.
 */
public final class FirstReportDay {
    private FirstReportDay() {}

    /**
     * @param articles the story's reports in (published, id) order
     * @return the assumed day of the first report, said by its headline; empty when a report gives a day or the first is undated
     */
    public static Optional<Claim> of(List<ExtractedArticle> articles) {
        if (articles.isEmpty() || articles.stream().flatMap(a -> a.claims().stream()).anyMatch(c -> c.slot() == Slot.DATE)) return Optional.empty();
        Article first = articles.get(0).article();
        if (first.published() == null) return Optional.empty();
        String day = first.published().atZone(ZoneOffset.UTC).toLocalDate().toString();
        String headline = first.title().isEmpty() ? first.text() : first.title();
        return Optional.of(new Claim(Claim.INCIDENT, Slot.DATE, day, Qualifier.ABOUT, null, null,
                new Evidence(first.id(), 0, headline, 0, 0, headline.length())));
    }
}
