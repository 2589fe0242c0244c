package dev.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.eval.AttributionEvaluation.Gold;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionEvaluationTest {

    // written for this test (offsets: "Lena Ostrova" 6-18, "said" 19-23, content 24-47, the quote 49-62, "she" 63-66)
    static final String TEXT = "Mayor Lena Ostrova said the bridge would reopen. “It is safe,” she added.";

    static final String ANN = String.join("\n",
            "T1\tSource 6 18\tLena Ostrova",
            "T2\tCue 19 23\tsaid",
            "T3\tContent 24 47\tthe bridge would reopen",
            "T4\tAttribution 19 23\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 50 55;56 60\tIt is safe",
            "a continuation line of a multi-line span text",
            "T6\tSource 63 66\tshe",
            "T7\tCue 67 72\tadded",
            "E2\tAttribution:T7 Content:T5 Cue:T7 Source:T6",
            "#1\tAnnotatorNotes T1\ta note",
            "");

    @Test
    void readsAttributionsWithDiscontinuousSpans() {
        List<Gold> gold = AttributionEvaluation.readAnn(ANN);
        assertThat(gold).hasSize(2);
        assertThat(AttributionEvaluation.cut(TEXT, gold.get(0).content())).isEqualTo("the bridge would reopen");
        assertThat(gold.get(1).content().parts()).hasSize(2);
        assertThat(AttributionEvaluation.cut(TEXT, gold.get(1).source())).isEqualTo("she");
    }

    @Test
    void aPronounSourceAlsoAcceptsTheNamePrecedingIt() {
        List<Gold> gold = AttributionEvaluation.readAnn(ANN);
        assertThat(AttributionEvaluation.goldNames(TEXT, gold, gold.get(1))).containsExactly("she", "Lena Ostrova");
        assertThat(AttributionEvaluation.goldNames(TEXT, gold, gold.get(0))).containsExactly("Lena Ostrova");
    }

    @Test
    void scoresContentSpeakerAndCue() {
        List<Gold> gold = AttributionEvaluation.readAnn(ANN);
        List<Quote> predicted = List.of(
                new Quote("Lena Ostrova", "the bridge would reopen", ev(24, 47), false, "said"),
                new Quote("Lena Ostrova", "It is safe", ev(49, 62), true, "added"),
                new Quote("Ostrova", "the bridge", ev(24, 34), false, "said")); // inside the first: dropped
        AttributionEvaluation.Result r = new AttributionEvaluation.Result();
        AttributionEvaluation.score(r, TEXT, gold, predicted, 0, null, "t");
        assertThat(r.predicted).isEqualTo(2);
        assertThat(r.matched).isEqualTo(2);
        assertThat(r.content().f1()).isEqualTo(1.0);
        assertThat(r.directGold).isEqualTo(1);
        assertThat(r.directCorrect).isEqualTo(1); // "she" resolved to Lena Ostrova
        assertThat(r.cueCorrect).isEqualTo(2);
    }

    @Test
    void aMissedDirectQuoteCountsAsAWrongSpeaker() {
        List<Gold> gold = AttributionEvaluation.readAnn(ANN);
        AttributionEvaluation.Result r = new AttributionEvaluation.Result();
        AttributionEvaluation.score(r, TEXT, gold, List.of(), 0, null, "t");
        assertThat(r.directGold).isEqualTo(1);
        assertThat(r.speakerAccuracyDirect()).isZero();
        assertThat(r.content().recall()).isZero();
    }

    @Test
    void theTighterPredictionNamesTheSpeakerOfAQuote() {
        List<Gold> gold = AttributionEvaluation.readAnn(ANN);
        List<Quote> predicted = List.of(
                new Quote("Someone Else", "the bridge would reopen. “It is safe,”", ev(24, 62), false, "said"),
                new Quote("Lena Ostrova", "It is safe", ev(49, 62), true, "added"));
        AttributionEvaluation.Result r = new AttributionEvaluation.Result();
        AttributionEvaluation.score(r, TEXT, gold, predicted, 0, null, "t");
        assertThat(r.directCorrect).isEqualTo(1);
    }

    private static Evidence ev(int b, int e) {
        return new Evidence("t", 0, TEXT, 0, b, e);
    }
}
