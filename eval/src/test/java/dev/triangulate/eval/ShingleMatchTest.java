package dev.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMatchTest {
    @Test
    void wordsAreUnicodeAlphanumericRuns() {
        assertThat(ShingleMatch.words("Zürich's café, 22-year-old; snake_case ½ 東京")).containsExactly(
                "Zürich", "s", "café", "22", "year", "old", "snake_case", "½", "東京");
    }

    @Test
    void identicalTextsScoreOne() {
        ShingleMatch m = ShingleMatch.of("one two three four five", "One two three four five".toLowerCase().replace("one", "one"));
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
    }

    @Test
    void countsShinglesAsAMultiset() {
        // gold: 2 shingles (a b c d, b c d e); prediction repeats gold and adds noise
        ShingleMatch m = ShingleMatch.of("a b c d e", "a b c d e x");
        // predicted shingles: abcd, bcde, cdex -> tp 2, fp 1, fn 0
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.recall()).isEqualTo(1.0);
        ShingleMatch twice = ShingleMatch.of("a b c d", "a b c d a b c d");
        // predicted: abcd, bcda, cdab, dabc, abcd -> tp 1, fp 4
        assertThat(twice.precision()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void emptyPredictionScoresZeroAndShortTextsAreOneShingle() {
        ShingleMatch empty = ShingleMatch.of("some gold text here", "");
        assertThat(empty.precision()).isZero();
        assertThat(empty.recall()).isZero();
        assertThat(ShingleMatch.of("two words", "two words").f1()).isEqualTo(1.0);
        assertThat(ShingleMatch.of("", "").f1()).isEqualTo(1.0);
    }
}
