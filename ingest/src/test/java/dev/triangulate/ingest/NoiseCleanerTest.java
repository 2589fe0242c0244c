package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseCleanerTest {
    private final NoiseCleaner cleaner = new NoiseCleaner();

    @Test
    void everySurvivingLineIsAParagraph() {
        String text = "First line.\nSecond line.\n\n\n<br>\nThird line.\r\nrussian ambassodor killed\n";
        assertThat(cleaner.clean(text)).isEqualTo("First line.\n\nSecond line.\n\nThird line.");
        assertThat(cleaner.paragraphs(text)).containsExactly("First line.", "Second line.", "Third line.");
    }

    @Test
    void emptyInputGivesNoParagraphs() {
        assertThat(cleaner.clean("")).isEmpty();
        assertThat(cleaner.paragraphs(null)).isEmpty();
        assertThat(cleaner.clean("\n \n<br>\n")).isEmpty();
    }

    @Test
    void aCustomChainRunsInOrderAndStopsAtTheFirstDrop() {
        LineFilter upper = l -> Optional.of(l.toUpperCase());
        LineFilter dropX = l -> l.startsWith("X") ? Optional.empty() : Optional.of(l);
        NoiseCleaner custom = new NoiseCleaner(List.of(upper, dropX));
        assertThat(custom.paragraphs("a\nxb\nc")).containsExactly("A", "C");
    }

    @Test
    void titlesOnlyLoseMarkup() {
        assertThat(NoiseCleaner.cleanTitle("  russian ambassador &amp; <i>gunman</i>\n ")).isEqualTo("russian ambassador & gunman");
        assertThat(NoiseCleaner.cleanTitle(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "004_"})
    void seedBodiesLoseTheirNoiseButKeepTheFacts(String seed) throws Exception {
        String cleaned = cleaner.clean(Files.readString(Seeds.seed(seed)));
        assertThat(cleaned).doesNotContain("Please enter", "<img", "Image via", "russian ambassador to turkey shot dead",
                "russian ambassodor killed", "Read this:", "russian ambassador killed in revenge of alleppo",
                "Cover image via", "srcset");
        if (seed.equals("004_")) {
            assertThat(cleaned).contains("The gunman was killed after a shootout with Turkish Special Forces",
                    "\"Don't forget Aleppo! Don't forget Syria!\"", "The gunman, after the shooting of the Russian ambassador.");
        } else {
            assertThat(cleaned).contains("Warning: The photos are very graphic.",
                    "People crouching and taking cover in the exhibition room after the shooting", "‘Don’t forget Aleppo’");
        }
    }

    @Property
    void cleaningIsIdempotent(@ForAll String text) {
        String once = cleaner.clean(text);
        assertThat(cleaner.clean(once)).isEqualTo(once);
    }

    @Property
    void paragraphsAreNeverBlank(@ForAll String text) {
        assertThat(cleaner.paragraphs(text)).allSatisfy(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
    }
}
