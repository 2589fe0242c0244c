package dev.triangulate.analyze.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningQuoteMarksTest {

    /** Tokens at the offsets where the words occur in order; {@code firstOfSecond} is the first token of sentence 1. */
    private static OpeningQuoteMarks.Result apply(String text, String[] words, int firstOfSecond) {
        List<Token> tokens = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            int b = text.indexOf(words[i], from);
            from = b + words[i].length();
            String pos = words[i].matches("[\"“”]|''") ? "''" : "NN";
            tokens.add(new Token(i, i < firstOfSecond ? 0 : 1, words[i], words[i], pos, "O", null, b, from));
        }
        int end0 = tokens.get(firstOfSecond - 1).end();
        int begin1 = tokens.get(firstOfSecond).begin();
        List<Sentence> sentences = List.of(new Sentence(0, 0, end0, text.substring(0, end0)),
                new Sentence(1, begin1, text.length(), text.substring(begin1)));
        OpeningQuoteMarks.Result out = OpeningQuoteMarks.apply(text, sentences, tokens);
        if (out.sentences() == sentences) assertThat(out.tokens()).isSameAs(tokens);
        return out;
    }

    @Test
    void movesAnOpeningMarkLeftAtTheEndOfASentence() {
        var out = apply("said Brazile. \"That was it.\"", new String[] {"said", "Brazile", ".", "\"", "That", "was", "it", ".", "\""}, 4);
        assertThat(out.sentences()).extracting(Sentence::text).containsExactly("said Brazile.", "\"That was it.\"");
        assertThat(out.sentences().get(1).begin()).isEqualTo(14);
        assertThat(out.tokens().get(3).sentence()).isEqualTo(1);
        assertThat(out.tokens().get(3).index()).isEqualTo(3);
    }

    @Test
    void movesTwoApostrophesUsedAsAnOpeningMark() {
        var out = apply("said Cole. ''I would not.''", new String[] {"said", "Cole", ".", "''", "I", "would", "not", ".", "''"}, 4);
        assertThat(out.sentences()).extracting(Sentence::text).containsExactly("said Cole.", "''I would not.''");
    }

    @Test
    void leavesAClosingMarkWhereItIs() {
        var out = apply("it was over.\" He left.", new String[] {"it", "was", "over", ".", "\"", "He", "left", "."}, 5);
        assertThat(out.sentences()).extracting(Sentence::text).containsExactly("it was over.\"", "He left.");
        assertThat(out.tokens().get(4).sentence()).isZero();
    }
}
