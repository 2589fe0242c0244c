package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A known town read from the page title string, where the tagger found no place. */
class TitleTownsTest {
    static String town(String title, String body) {
        String text = title + "\n\n" + body;
        int[] at = TitleTowns.find(title, text);
        return at == null ? null : text.substring(at[0], at[1]);
    }

    @Test
    void aKnownTownBeforeAPersonEventOrVenue() {
        assertThat(town("Pine Bluff woman hurt in crash", "Subscribe to our newsletter.")).isEqualTo("Pine Bluff");
        assertThat(town("Two hurt after Tulsa drive-by", "Sign in to read more.")).isEqualTo("Tulsa");
        assertThat(town("Girl wounded at Fresno park", "Share this story.")).isEqualTo("Fresno");
        // the longest known town that ends the name
        assertThat(town("Boy hit at North Tulsa park", "Share this story.")).isEqualTo("Tulsa");
    }

    @Test
    void aKnownTownBeforeATwoWordOrTitleCaseVenue() {
        assertThat(town("Teen shot at South Philadelphia rec center", "A teenager is hospitalized.")).isEqualTo("Philadelphia");
        assertThat(town("Five Shot During Party At Kankakee Banquet Hall", "Share this story.")).isEqualTo("Kankakee");
        assertThat(town("CBS 58 - Multiple Victims After Shooting at Brookfield Embassy Suites", "Share this story.")).isEqualTo("Brookfield");
        assertThat(town("Five Shot During Party At Kankakee Banquet Hall Saturday Night", "Share this story.")).isNull();
    }

    @Test
    void noTownWithoutSuchANounOrFromACommonWord() {
        assertThat(town("Tulsa: two hurt", "Share this story.")).isNull();
        assertThat(town("Pine Bluff council meets", "Share this story.")).isNull();
        // a capital that the text writes in lower case is a common word
        assertThat(town("Hope man hurt", "We hope you enjoyed this story.")).isNull();
        assertThat(town("Hope man hurt", "Share this story.")).isEqualTo("Hope");
        assertThat(town("Texas man hurt", "Share this story.")).isNull();
    }
}
