package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import dev.triangulate.model.Words;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
    private final DuplicateDetector detector = new DuplicateDetector();

    private static final String STORY = "Russia's ambassador to Turkey was shot dead by a lone gunman at a photo exhibition "
            + "in Ankara on Monday evening. The gunman, an off-duty police officer, shouted about Aleppo and Syria as he "
            + "fired at least eight shots. He was killed by special forces after a shootout that lasted fifteen minutes. "
            + "Three other people were wounded and taken to hospital, local media reported. The foreign ministers of "
            + "Russia, Turkey and Iran will still meet in Moscow on Tuesday to discuss the war in Syria.";

    private static Article article(String id, String text, Instant published) {
        return new Article(id, "", text, null, null, published, null, null, id + ".txt");
    }

    private static Article article(String id, String text) {
        return article(id, text, null);
    }

    @Test
    void exactCopiesAreDroppedKeepingTheEarliestPublished() {
        Article late = article("b", STORY, Instant.parse("2016-12-20T00:00:00Z"));
        Article early = article("c", STORY.toUpperCase().replace(".", " ."), Instant.parse("2016-12-19T00:00:00Z"));
        Article undated = article("a", STORY, null);
        var r = detector.detect(List.of(late, undated, early));
        assertThat(r.kept()).containsExactly(early);
        assertThat(r.duplicates()).containsExactly(
                new Duplicate("a", "c", 1.0, true), new Duplicate("b", "c", 1.0, true));
        assertThat(r.problems()).extracting(Problem::origin).containsExactly("a.txt", "b.txt");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("duplicate of c"));
    }

    @Test
    void withoutDatesTheSmallestIdIsKept() {
        var r = detector.detect(List.of(article("z", STORY), article("m", STORY)));
        assertThat(r.kept()).extracting(Article::id).containsExactly("m");
    }

    @Test
    void nearDuplicatesAreKeptAndReported() {
        String rewrite = STORY.replace("Monday evening", "Monday night");
        var r = detector.detect(List.of(article("x", STORY), article("y", rewrite), article("other",
                "A magnitude 6 earthquake struck off the coast of Chile early on Tuesday, the geological survey said, "
                        + "and no tsunami warning was issued for the region.")));
        assertThat(r.kept()).hasSize(3);
        double expected = Words.jaccard(Words.shingles(STORY, 5), Words.shingles(rewrite, 5));
        assertThat(expected).isGreaterThanOrEqualTo(0.8);
        assertThat(r.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.articleId()).isEqualTo("y");
            assertThat(d.duplicateOf()).isEqualTo("x");
            assertThat(d.exact()).isFalse();
            assertThat(d.similarity()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void similarityBelowTheThresholdIsNotADuplicate() {
        String half = STORY.substring(0, STORY.length() / 2) + " Completely different closing words follow here "
                + "about a football match in Istanbul that ended in a draw after extra time and penalties.";
        assertThat(Words.jaccard(Words.shingles(STORY, 5), Words.shingles(half, 5))).isLessThan(0.8);
        assertThat(detector.detect(List.of(article("x", STORY), article("y", half))).duplicates()).isEmpty();
    }

    @Test
    void scalesToThousandsOfArticles() {
        Random random = new Random(7);
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 200; w++) text.append("w").append(random.nextInt(50_000)).append(' ');
            many.add(article(String.format("%05d", i), text.toString()));
        }
        many.add(article("copy", many.get(10).body()));
        var r = detector.detect(many);
        assertThat(r.kept()).hasSize(5000);
        assertThat(r.duplicates()).containsExactly(new Duplicate("copy", "00010", 1.0, true));
    }

    @Test
    void thresholdMustBeAProbability() {
        assertThatThrownBy(() -> new DuplicateDetector(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuplicateDetector(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shingleHashesFollowTheWordsDefinition() {
        assertThat(DuplicateDetector.shingles(Words.of(STORY))).hasSameSizeAs(Words.shingles(STORY, 5).toArray());
        assertThat(DuplicateDetector.shingles(Words.of("two words"))).hasSize(1);
        assertThat(DuplicateDetector.shingles(List.of())).isEmpty();
        long[] a = DuplicateDetector.shingles(Words.of(STORY));
        assertThat(DuplicateDetector.jaccard(a, a)).isEqualTo(1.0);
    }

    @Property(tries = 30)
    void resultDoesNotDependOnInputOrder(@ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<Article> input = new ArrayList<>(List.of(
                article("p", STORY, Instant.parse("2016-12-19T20:00:00Z")),
                article("q", STORY, null),
                article("r", STORY.replace("Monday evening", "Monday night")),
                article("s", STORY.replace("eight", "8").replace("fifteen", "15")),
                article("t", "An unrelated short note about the weather in Ankara today.")));
        var expected = detector.detect(input);
        Collections.shuffle(input, new Random(seed));
        var shuffled = detector.detect(input);
        assertThat(shuffled.duplicates()).isEqualTo(expected.duplicates());
        assertThat(shuffled.problems()).isEqualTo(expected.problems());
        assertThat(shuffled.kept()).containsExactlyInAnyOrderElementsOf(expected.kept());
    }
}
