package dev.triangulate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Slot;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.StoryReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roundup reports three incidents that three outlets report one each: every incident's
 * claims from the roundup join that incident's story, and no other.
 */
class RoundupEndToEndTest {
    @TempDir static Path dir;
    static RunResult result;

    static void write(String name, String outlet, String title, String body) throws Exception {
        Files.writeString(dir.resolve(name + ".txt"), "outlet: " + outlet + "\ndate: 2031-03-11T08:00:00Z\n---\n"
                + title + "\n\n" + body + "\n");
    }

    @BeforeAll
    static void run() throws Exception {
        write("fire", "Tidewater Post", "Two workers killed in Granholt warehouse fire",
                "Two workers were killed when a fire gutted a warehouse in Granholt on Monday night, fire officials said.\n\n"
                        + "Crews fought the blaze for six hours before the roof of the warehouse collapsed.");
        write("crash", "Northern Ledger", "Bus crash near Velmora injures 14 passengers",
                "Fourteen passengers were injured when a bus crashed on the coastal road near Velmora on Monday, police said.\n\n"
                        + "The driver of the bus was taken to hospital in Velmora with head injuries.");
        write("stabbing", "Harbour Daily", "Three men arrested after Linden Bay bar stabbing",
                "Police arrested three men after a man was stabbed outside a bar in Linden Bay on Monday night.\n\n"
                        + "The victim of the stabbing was treated in hospital for a wound to his arm.");
        write("roundup", "Regional Wire", "Regional briefs: deadly fire, bus crash and a stabbing",
                "Two workers were killed on Monday night when a fire gutted a warehouse in Granholt, officials said.\n\n"
                        + "Separately, 14 passengers were injured when a bus crashed near Velmora on Monday.\n\n"
                        + "In Linden Bay, police arrested three men after a man was stabbed outside a bar.");
        try (Triangulate t = Triangulate.create()) {
            result = t.analyze(List.of(dir), InputFormat.AUTO, Progress.NONE);
        }
    }

    static StoryReport storyOf(String articleId) {
        return result.stories().stream().filter(s -> s.articles().stream().map(Article::id).anyMatch(articleId::equals))
                .findFirst().orElseThrow();
    }

    static Optional<Fact> fact(StoryReport s, Slot slot) {
        return s.facts().stream().filter(f -> f.subject().equals(Claim.INCIDENT) && f.slot() == slot).findFirst();
    }

    static List<String> articles(Fact f) {
        return f.values().stream().flatMap(v -> v.sources().stream()).map(SourceRef::article).distinct().sorted().toList();
    }

    @Test
    void theRoundupJoinsEachIncidentsStory() {
        assertThat(result.stories()).hasSize(3);
        assertThat(result.stories()).allSatisfy(s -> assertThat(s.articles()).extracting(Article::id).contains("roundup"));
    }

    @Test
    void eachIncidentGetsOnlyItsOwnClaimsFromTheRoundup() {
        StoryReport fire = storyOf("fire"), crash = storyOf("crash"), stabbing = storyOf("stabbing");
        assertThat(articles(fact(fire, Slot.KILLED).orElseThrow())).containsExactly("fire", "roundup");
        assertThat(fact(fire, Slot.INJURED)).isEmpty();
        assertThat(fact(crash, Slot.INJURED).orElseThrow().values()).extracting(FactValue::value).containsExactly("14");
        assertThat(articles(fact(crash, Slot.INJURED).orElseThrow())).containsExactly("crash", "roundup");
        assertThat(fact(crash, Slot.KILLED)).isEmpty();
        assertThat(articles(fact(stabbing, Slot.ARRESTED).orElseThrow())).containsExactly("roundup", "stabbing");
        assertThat(fact(stabbing, Slot.KILLED)).isEmpty();
    }
}
