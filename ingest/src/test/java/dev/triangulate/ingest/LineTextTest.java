package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTextTest {
    @Test
    void countsWordsUpToTheLimit() {
        assertThat(LineText.words("  one two\u00a0three ", 10)).isEqualTo(3);
        assertThat(LineText.words("", 10)).isZero();
        assertThat(LineText.words("a b c d e f", 2)).isEqualTo(3);
        assertThat(LineText.atMostWords("a b", 2)).isTrue();
        assertThat(LineText.atMostWords("a b c", 2)).isFalse();
    }
}
