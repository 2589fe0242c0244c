package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareNavigationFilterTest {
    private final ShareNavigationFilter filter = new ShareNavigationFilter();

    @ParameterizedTest
    @ValueSource(strings = {
        "Share this:", "Share on Facebook", "Tweet", "Sign up for our newsletter", "Subscribe to our channel",
        "Follow us on Twitter", "Click here to read the full report", "Read more:", "Read more: Turkey vows revenge",
        "Related: Who was Andrey Karlov?", "Advertisement", "Feeling a little confused about the war in Syrian? Read this:",
        "Continue reading", "Like this:", "Loading...", "Copyright 2016 NPR. All rights reserved."})
    void dropsPageFurniture(String line) {
        assertThat(filter.apply(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Warning: The photos are very graphic.", "\"Don't forget Aleppo! Don't forget Syria!\"",
        "Police said they hope to learn more.", "Subscribers to the channel saw the attack live.",
        "The video was shared on Twitter and Facebook within minutes.",
        "The gunman was killed after a shootout with Turkish Special Forces"})
    void keepsNews(String line) {
        assertThat(filter.apply(line)).contains(line);
    }
}
