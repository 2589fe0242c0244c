package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineNamesTest {
    static final List<Sentence> SENTENCES = List.of(new Sentence(0, 0, 40, "Dad Recounts Son, 6, Being Hit"),
            new Sentence(1, 41, 90, "Tomas Varga said his son was hit on Friday."));

    static List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        int i = 0;
        for (Sentence s : SENTENCES) for (String w : s.text().split("[\\s,.]+")) out.add(new Token(i++, s.index(), w, w, "NN", "O", null, 0, 0));
        return out;
    }

    @Test
    void headlineWordsTheArticleWritesInLowerCaseAreNoName() {
        assertThat(HeadlineNames.ordinaryWords("Dad Recounts Son", SENTENCES, tokens())).isTrue();
    }

    @Test
    void aNameTheBodyGivesOrWithoutOrdinaryWordsStays() {
        assertThat(HeadlineNames.ordinaryWords("Tomas Varga", SENTENCES, tokens())).isFalse();
        assertThat(HeadlineNames.ordinaryWords("Recounts Dad", SENTENCES, tokens())).isFalse();
    }
}
