package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WhitespaceFilterTest {
    private final WhitespaceFilter filter = new WhitespaceFilter();

    @Test
    void collapsesUnicodeSpacesAndTrims() {
        assertThat(filter.apply("  the assailant\u00a0 let\tthe guests\u200b out  ")).contains("the assailant let the guests out");
    }

    @Test
    void dropsEmptyAndBlankLines() {
        assertThat(filter.apply("")).isEmpty();
        assertThat(filter.apply(" \t\u00a0\u200b")).isEmpty();
    }

    @Test
    void returnsANormalLineUnchanged() {
        String line = "Already normal.";
        assertThat(filter.apply(line).orElseThrow()).isSameAs(line);
    }

    @Property
    void outputIsNormalAndStable(@ForAll String line) {
        filter.apply(line).ifPresent(s -> {
            assertThat(s).isNotBlank().doesNotContain("  ").isEqualTo(s.strip());
            assertThat(filter.apply(s)).contains(s);
        });
    }
}
