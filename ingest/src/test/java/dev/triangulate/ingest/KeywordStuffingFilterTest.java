package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordStuffingFilterTest {
    private final KeywordStuffingFilter filter = new KeywordStuffingFilter();

    @ParameterizedTest
    @ValueSource(strings = {
        "russian ambassador to turkey shot dead", "russian ambassodor killed",
        "russian ambassador killed in revenge of alleppo", "http://example.com/some-page"})
    void dropsLowerCaseKeywordLines(String line) {
        assertThat(filter.apply(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The gunman was killed after a shootout with Turkish Special Forces",
        "People crouching and taking cover in the exhibition room after the shooting",
        "\"Don't forget Aleppo! Don't forget Syria!\"", "‘Don’t forget Aleppo’",
        "he said it was over.", "• a 17-year-old was shot in his leg", "4 – carrying under the influence", "“yes, we heard shots.”", "2016",
        "السفير الروسي في تركيا", "俄罗斯驻土耳其大使遇刺",
        "the rest of this line is lower case but it is far too long to be a keyword line for search engines"})
    void keepsEverythingElse(String line) {
        assertThat(filter.apply(line)).contains(line);
    }
}
