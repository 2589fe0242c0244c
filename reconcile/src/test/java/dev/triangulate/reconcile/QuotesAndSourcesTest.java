package dev.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Story;
import dev.triangulate.model.StoryReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech stays out of the story's quotes; the pairwise syndication decision matches the grouping. */
class QuotesAndSourcesTest {

    // written for this test
    static final String WIRE = "The harbour authority of Port Alder closed the northern pier on Tuesday after engineers found "
            + "cracks in two of its supporting columns. Ferries will use the southern terminal until repairs are finished, "
            + "which the authority expects to take at least three weeks.";

    static ExtractedArticle article(String id, String outlet, String body, List<Quote> quotes) {
        Article a = new Article(id, "title " + id, body, outlet, null, Instant.parse("2031-05-01T10:00:00Z"), null, null, id);
        return new ExtractedArticle(new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                List.of(), quotes);
    }

    @Test
    void reportedSpeechIsNotAStoryQuote() {
        Evidence e = new Evidence("a", 0, "x", 0, 0, 1);
        var a = article("a", "One", "Body one.", List.of(
                new Quote("Lena Ostrova", "We will rebuild the pier", e),
                new Quote("Lena Ostrova", "that the pier would reopen in May", e, false, "said")));
        StoryReport r = new StoryReconciler().reconcile(new Story("s", List.of(a)));
        assertThat(r.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("We will rebuild the pier"));
    }

    @Test
    void aQuoteWithoutKindIsDirect() {
        Quote q = new Quote("X", "words", new Evidence("a", 0, "x", 0, 0, 1));
        assertThat(q.direct()).isTrue();
        assertThat(q.cue()).isNull();
    }

    @Test
    void syndicationDecisionIsTheGroupingsDecision() {
        Article a = article("a", "Coast Daily", "By staff and wires\n\n" + WIRE, List.of()).article();
        Article b = article("b", "Valley Gazette", WIRE + "\n\nMore local news inside.", List.of()).article();
        Article c = article("c", "Hill Times", "A different report on the city budget, the new library and the bus lanes, "
                + "long enough to have a dozen word shingles of its own.", List.of()).article();
        var fa = Syndication.fingerprint(a);
        var fb = Syndication.fingerprint(b);
        var fc = Syndication.fingerprint(c);
        assertThat(Syndication.isCopy(fa, fb)).isTrue();
        assertThat(Syndication.sameSource(a, fa, b, fb)).isTrue();
        assertThat(Syndication.sameSource(a, fa, c, fc)).isFalse();
        assertThat(Syndication.containment(fa, fb)).isGreaterThanOrEqualTo(0.5);

        StoryReport r = new StoryReconciler().reconcile(new Story("s", List.of(
                article("a", "Coast Daily", a.body(), List.of()), article("b", "Valley Gazette", b.body(), List.of()),
                article("c", "Hill Times", c.body(), List.of()))));
        assertThat(r.sources()).hasSize(2);
    }
}
