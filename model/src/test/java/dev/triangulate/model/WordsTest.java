package dev.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void foldsApostrophesAccentsAndCase() {
        assertThat(Words.of("“Don’t forget Aleppo, don't forget Syria!” Çankaya"))
                .containsExactly("dont", "forget", "aleppo", "dont", "forget", "syria", "cankaya");
    }

    @Test
    void containmentIsHighForACopyWithExtraText() {
        var a = Words.shingles("the gunman fired at least eight shots at the ambassador", 3);
        var b = Words.shingles("witnesses said the gunman fired at least eight shots at the ambassador in the gallery", 3);
        assertThat(Words.containment(a, b)).isEqualTo(1.0);
        assertThat(Words.jaccard(a, b)).isLessThan(1.0).isGreaterThan(0.4);
    }

    @Property
    void jaccardIsSymmetricAndBounded(@ForAll String x, @ForAll String y) {
        var a = Words.shingles(x, 2);
        var b = Words.shingles(y, 2);
        double j = Words.jaccard(a, b);
        assertThat(j).isBetween(0.0, 1.0).isEqualTo(Words.jaccard(b, a));
    }
}
