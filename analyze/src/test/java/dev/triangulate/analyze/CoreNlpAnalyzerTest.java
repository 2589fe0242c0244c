package dev.triangulate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.NumberMention;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.TimeMention;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnalyzerTest {
    static Analyzer analyzer;

    @BeforeAll
    static void load() { analyzer = Analyzer.standard(); }

    @AfterAll
    static void close() { analyzer.close(); }

    static AnnotatedArticle analyze(String title, String body, Instant published) {
        return analyzer.analyze(new Article("a1", title, body, "Test Outlet", null, published, null, null, "test"));
    }

    @Test
    void resolvesRelativeTimesAgainstThePublicationDate() {
        var a = analyze("Ambassador shot in Ankara",
                "Andrey Karlov was shot in the back multiple times on Monday evening in Ankara.",
                Instant.parse("2016-12-19T20:00:00Z"));
        assertThat(a.times()).extracting(TimeMention::value).anyMatch(v -> v != null && v.startsWith("2016-12-19"));
        assertThat(a.entities()).extracting(EntityMention::text).contains("Andrey Karlov", "Ankara");
        assertThat(a.entities()).filteredOn(e -> e.text().equals("Ankara")).extracting(EntityMention::type)
                .containsOnly(EntityType.LOCATION);
    }

    @Test
    void anOpeningQuoteMarkStartsTheQuotedSentence() {
        var a = analyze("", "\"It went beyond the moment,\" said Donna Brazile, the chairwoman. \"That was the president.\" "
                + "''It's more tinkering,'' said Alan Cole. ''I wouldn't call it reform.''", null);
        assertThat(a.sentences()).extracting(s -> s.text())
                .contains("\"That was the president.\"", "''I wouldn't call it reform.''")
                .noneMatch(s -> s.endsWith("\"") && s.endsWith(". \""));
        assertThat(a.quotes()).filteredOn(q -> q.text().startsWith("That was"))
                .singleElement().satisfies(q -> assertThat(a.sentences().get(q.sentence()).text()).startsWith("\"That"));
    }

    @Test
    void keepsQualifiersOfNumbers() {
        var a = analyze("", "He fired at least eight shots. About 40 people were there and several were hurt.", null);
        assertThat(a.numbers()).extracting(NumberMention::value, NumberMention::qualifier)
                .contains(org.assertj.core.groups.Tuple.tuple(8.0, Qualifier.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple(40.0, Qualifier.ABOUT),
                        org.assertj.core.groups.Tuple.tuple(0.0, Qualifier.SEVERAL));
        assertThat(a.numbers()).filteredOn(n -> n.value() == 8.0).first()
                .satisfies(n -> assertThat(a.article().text().substring(n.begin(), n.end())).isEqualTo("at least eight"));
    }

    @Test
    void combinesSpelledOutNumbersAndSkipsAgesAndDurations() {
        var a = analyze("", "Twenty-two people were hurt and two dozen were arrested. "
                + "The 22-year-old gunman fired for three minutes.", Instant.parse("2016-12-19T20:00:00Z"));
        assertThat(a.numbers()).extracting(NumberMention::value).containsExactly(22.0, 24.0);
        assertThat(a.times()).extracting(TimeMention::type, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DURATION", "P22Y"),
                        org.assertj.core.groups.Tuple.tuple("DURATION", "PT3M"));
        assertThat(a.tokens()).filteredOn(t -> t.text().equals("22")).extracting(t -> t.ner()).containsExactly("DURATION");
    }

    @Test
    void blankLineEndsASentenceAndSpansPointIntoTheText() {
        var a = analyze("The gunman was killed after a shootout", "Police said nothing more", null);
        assertThat(a.sentences()).hasSize(2);
        a.sentences().forEach(s -> assertThat(a.article().text().substring(s.begin(), s.end())).isEqualTo(s.text()));
        a.tokens().forEach(t -> assertThat(a.article().text().substring(t.begin(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void findsQuotesButNotScareQuotes() {
        var a = analyze("", "“Don’t forget Aleppo, don’t forget Syria,” the attacker said. "
                + "One woman called it a “genocide”. He shouted \"God is great!\" twice.", null);
        assertThat(a.quotes()).extracting(q -> q.text())
                .containsExactly("Don’t forget Aleppo, don’t forget Syria,", "God is great!");
        var wire = analyze("", "''We will not back down,'' the senator said. It was the candidate's ''final offer'' and ''we mean it,'' he said.", null);
        assertThat(wire.quotes()).extracting(q -> q.text()).containsExactly("We will not back down,", "we mean it,");
    }
}
