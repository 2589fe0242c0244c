package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeaserParagraphsTest {
    private static final String A = "Authorities say a coroner's office employee died in a single vehicle wreck Friday morning.";
    private static final String B = "A jury has found a man guilty of murder after deliberating for about an hour and a half.";
    private static final String C = "The mugshot of a teen arrested on drug charges is going viral nearly a month after her arrest.";
    private static final String STORY = "An 11-year-old boy was accidentally shot by his 19-year-old brother Monday afternoon.";

    @Test
    void threeParagraphsPrintedTwiceAreOtherStories() {
        String text = "Headline\n\n" + A + "\n\n" + A + "\n\n" + B + "\n\n" + B + "\n\n" + C + "\n\n" + C + "\n\n" + STORY;
        var ranges = TeaserParagraphs.ranges(text);
        assertThat(TeaserParagraphs.contains(ranges, text.indexOf(A))).isTrue();
        assertThat(TeaserParagraphs.contains(ranges, text.lastIndexOf(C))).isTrue();
        assertThat(TeaserParagraphs.contains(ranges, text.indexOf(STORY))).isFalse();
    }

    @Test
    void aLeadShownTwiceStays() {
        String text = "Headline\n\n" + STORY + "\n\n" + STORY + "\n\n" + A;
        assertThat(TeaserParagraphs.ranges(text)).isEmpty();
    }
}
