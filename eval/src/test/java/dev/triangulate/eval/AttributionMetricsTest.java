package dev.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.eval.AttributionMetrics.Fragment;
import dev.triangulate.eval.AttributionMetrics.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionMetricsTest {

    @Test
    void overlapCountsSharedCharactersOfAllFragments() {
        Span gold = new Span(List.of(new Fragment(0, 10), new Fragment(20, 30)));
        assertThat(gold.length()).isEqualTo(20);
        assertThat(gold.overlap(Span.of(5, 25))).isEqualTo(10);
        assertThat(gold.begin()).isZero();
    }

    @Test
    void spansMatchWhenHalfOfTheShorterOverlaps() {
        assertThat(AttributionMetrics.matches(Span.of(0, 10), Span.of(5, 100))).isTrue();   // 5 of 10
        assertThat(AttributionMetrics.matches(Span.of(0, 10), Span.of(6, 100))).isFalse();  // 4 of 10
        assertThat(AttributionMetrics.matches(Span.of(0, 0), Span.of(0, 10))).isFalse();
    }

    @Test
    void oneToOneMatchingTakesTheLargestOverlapFirst() {
        List<Span> gold = List.of(Span.of(0, 20), Span.of(30, 40));
        // p0 overlaps gold 0 by 20; p1 overlaps gold 0 by 10 and nothing else; p2 is far away
        List<Span> pred = List.of(Span.of(0, 20), Span.of(10, 20), Span.of(100, 110));
        assertThat(AttributionMetrics.match(pred, gold)).containsExactly(0, -1, -1);
    }

    @Test
    void sharedAssignmentLetsPartsOfOneGoldContentCount() {
        // the annotator joined “A,” she said, “B.” into one content; the extractor has two quotes
        Span gold = new Span(List.of(new Fragment(0, 10), new Fragment(20, 30)));
        List<Span> pred = List.of(Span.of(0, 10), Span.of(20, 30), Span.of(50, 60));
        assertThat(AttributionMetrics.assign(pred, List.of(gold))).containsExactly(0, 0, -1);
        assertThat(AttributionMetrics.match(pred, List.of(gold))).containsExactly(0, -1, -1);
    }

    @Test
    void aPredictionInsideALongerOneIsDropped() {
        // a direct quote inside the reported clause that contains it
        List<Span> pred = List.of(Span.of(10, 20), Span.of(0, 40), Span.of(50, 60));
        assertThat(AttributionMetrics.outermost(pred)).containsExactly(1, 2);
        // equal spans: the first is kept
        assertThat(AttributionMetrics.outermost(List.of(Span.of(0, 5), Span.of(0, 5)))).containsExactly(0);
    }

    @Test
    void quotationMarksOfEveryKind() {
        String text = "He said “we won” and \"they lost\" and ''all cheered'' then\n“open para\nnext";
        boolean[] q = AttributionMetrics.quoted(text);
        assertThat(q[text.indexOf("we won")]).isTrue();
        assertThat(q[text.indexOf("and \"")]).isFalse();
        assertThat(q[text.indexOf("they lost")]).isTrue();
        assertThat(q[text.indexOf("all cheered")]).isTrue();
        assertThat(q[text.indexOf("then")]).isFalse();
        assertThat(q[text.indexOf("open para")]).isTrue();
        assertThat(q[text.indexOf("next")]).isFalse(); // a line break closes
    }

    @Test
    void directWhenMostlyInsideQuotationMarks() {
        String text = "She called it “a total and complete disaster for everyone” yesterday";
        boolean[] q = AttributionMetrics.quoted(text);
        int b = text.indexOf("it"), e = text.indexOf(" yesterday");
        assertThat(AttributionMetrics.isDirect(Span.of(b, e), text, q)).isTrue();
        assertThat(AttributionMetrics.isDirect(Span.of(0, b), text, q)).isFalse();
    }

    @Test
    void speakersMatchByAnIdentifyingWord() {
        assertThat(AttributionMetrics.sameSpeaker("Trump", List.of("Donald J. Trump"))).isTrue();
        assertThat(AttributionMetrics.sameSpeaker("campaign spokesman", List.of("a spokesman for the campaign"))).isTrue();
        assertThat(AttributionMetrics.sameSpeaker("Clinton", List.of("Sanders"))).isFalse();
        // a pronoun is never a name; the gold pronoun is resolved by the caller
        assertThat(AttributionMetrics.sameSpeaker("he", List.of("He"))).isFalse();
        assertThat(AttributionMetrics.sameSpeaker("Sanders", List.of("he", "Bernie Sanders"))).isTrue();
        assertThat(AttributionMetrics.sameSpeaker(null, List.of("Sanders"))).isFalse();
        // the writer's own "I"
        assertThat(AttributionMetrics.sameSpeaker("i", List.of("I"))).isTrue();
        assertThat(AttributionMetrics.sameSpeaker("i", List.of("Sanders"))).isFalse();
    }

    @Test
    void namesSomeoneNeedsACapitalizedWordThatIsNotAPronoun() {
        assertThat(AttributionMetrics.namesSomeone("Mr. Obama")).isTrue();
        assertThat(AttributionMetrics.namesSomeone("the president")).isFalse();
        assertThat(AttributionMetrics.namesSomeone("He")).isFalse();
        assertThat(AttributionMetrics.namesSomeone("The")).isFalse();
    }

    @Test
    void cuesMatchByASharedWordOtherThanAuxiliaries() {
        assertThat(AttributionMetrics.sameCue("said", "said Friday")).isTrue();
        assertThat(AttributionMetrics.sameCue("said", "has said")).isTrue();
        assertThat(AttributionMetrics.sameCue("told", "said")).isFalse();
        assertThat(AttributionMetrics.sameCue("according to", "according to")).isTrue();
        assertThat(AttributionMetrics.sameCue(null, "said")).isFalse();
    }
}
