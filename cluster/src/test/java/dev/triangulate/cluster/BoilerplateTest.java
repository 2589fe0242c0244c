package dev.triangulate.cluster;

import dev.triangulate.model.Article;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTest {

    private static final String FURNITURE = "Please enable the scripts of this page to watch the clip";

    private static Article page(String id, String day, String body) {
        return new Article(id, "", body, null, null, Instant.parse(day + "T12:00:00Z"), null, null, null);
    }

    @Test
    void aLineRepeatedAcrossMonthsIsFurniture() {
        List<Article> batch = List.of(
                page("a", "2016-01-03", FURNITURE + "\nA man was shot on Elm Street late on Friday night."),
                page("b", "2016-03-10", "  " + FURNITURE + "  \nTwo women were wounded at a party in the park."),
                page("c", "2016-06-21", FURNITURE + "\nA boy found a gun in a closet and shot himself."));
        Set<String> furniture = Boilerplate.lines(batch);
        assertThat(furniture).containsExactly(FURNITURE);
        Article cleaned = Boilerplate.without(batch.get(1), furniture);
        assertThat(cleaned.body()).doesNotContain("scripts").contains("Two women were wounded");
        assertThat(cleaned.id()).isEqualTo("b");
    }

    @Test
    void wireCopyRepeatedWithinDaysIsKept() {
        String wire = "Four people were shot outside a nightclub early Sunday, police said.";
        List<Article> batch = List.of(page("a", "2016-01-03", wire), page("b", "2016-01-04", wire),
                page("c", "2016-01-05", wire));
        assertThat(Boilerplate.lines(batch)).isEmpty();
    }

    @Test
    void shortLinesAndTwoRepeatsAreNotFurniture() {
        List<Article> batch = List.of(page("a", "2016-01-03", "No arrests yet.\n" + FURNITURE),
                page("b", "2016-05-03", "No arrests yet.\n" + FURNITURE),
                page("c", "2016-09-03", "No arrests yet."));
        assertThat(Boilerplate.lines(batch)).isEmpty();
    }
}
