package dev.triangulate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactStatus;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.StoryReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model input: two real reports of the Ankara assassination must make one cross-checked story. */
class SeedsEndToEndTest {
    static RunResult result;
    static StoryReport story;

    @BeforeAll
    static void run() throws Exception {
        try (Triangulate t = Triangulate.create()) {
            result = t.analyze(List.of(Corpora.seeds()), InputFormat.AUTO, Progress.NONE);
        }
        story = result.stories().get(0);
    }

    static Optional<Fact> fact(String subject, Slot slot) {
        return story.facts().stream().filter(f -> f.subject().equals(subject) && f.slot() == slot).findFirst();
    }

    static List<String> articlesOf(Fact f) {
        return f.values().stream().flatMap(v -> v.sources().stream()).map(SourceRef::article).distinct().sorted().toList();
    }

    @Test
    void bothSeedsFormOneStory() {
        assertThat(result.stories()).hasSize(1);
        assertThat(story.articles()).hasSize(2);
        assertThat(story.sources()).hasSize(2);
    }

    @Test
    void theVictimIsKarlovWithAliasesMerged() {
        Fact victim = fact(Claim.INCIDENT, Slot.VICTIM).orElseThrow();
        assertThat(victim.values()).singleElement().extracting(FactValue::value).asString().contains("Karlov");
        assertThat(victim.status()).isEqualTo(FactStatus.CORROBORATED);
        // every Karlov spelling became one subject
        assertThat(story.facts().stream().map(Fact::subject).filter(s -> s.contains("Karlov")).distinct()).hasSize(1);
    }

    @Test
    void placeWoundedShotsAgeAndFate() {
        Fact place = fact(Claim.INCIDENT, Slot.PLACE).orElseThrow();
        assertThat(place.values()).extracting(FactValue::value).containsExactly("Ankara");
        assertThat(place.status()).isEqualTo(FactStatus.CORROBORATED);

        Fact injured = fact(Claim.INCIDENT, Slot.INJURED).orElseThrow();
        assertThat(injured.values()).extracting(FactValue::value, FactValue::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", Qualifier.AT_LEAST));
        assertThat(injured.status()).isEqualTo(FactStatus.CORROBORATED);
        assertThat(articlesOf(injured)).containsExactly("000_a03cfc4ab5fae36b", "004_7a0b7c5d8d3b20f6");

        Fact age = fact(Claim.PERPETRATOR, Slot.AGE).orElseThrow();
        assertThat(age.values()).extracting(FactValue::value).containsExactly("22");
        assertThat(age.status()).isEqualTo(FactStatus.SINGLE_SOURCE);

        Fact shots = fact(Claim.INCIDENT, Slot.SHOTS).orElseThrow();
        assertThat(shots.values()).anySatisfy(v -> {
            assertThat(v.value()).isEqualTo("8");
            assertThat(v.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        });
        assertThat(shots.status()).isEqualTo(FactStatus.SINGLE_SOURCE);

        Fact fate = fact(Claim.PERPETRATOR, Slot.FATE).orElseThrow();
        assertThat(fate.values()).extracting(FactValue::value).containsExactly("killed");
        assertThat(fate.status()).isEqualTo(FactStatus.CORROBORATED);
    }

    @Test
    void theAleppoQuoteAppearsOnceWithBothArticles() {
        var aleppo = story.quotes().stream().filter(q -> q.text().toLowerCase().contains("forget aleppo")).toList();
        assertThat(aleppo).hasSize(1);
        assertThat(aleppo.get(0).sources()).extracting(SourceRef::article)
                .containsExactlyInAnyOrder("000_a03cfc4ab5fae36b", "004_7a0b7c5d8d3b20f6");
        assertThat(aleppo.get(0).speaker()).isEqualTo(Claim.PERPETRATOR);
    }

    @Test
    void noNoiseLineIsEvidence() {
        List<String> evidence = story.facts().stream().flatMap(f -> f.values().stream()).flatMap(v -> v.sources().stream())
                .map(SourceRef::sentence).toList();
        assertThat(evidence).isNotEmpty().noneMatch(s -> s.contains("Please enter") || s.contains("<img")
                || s.contains("Image via") || s.contains("russian ambassador to turkey shot dead")
                || s.contains("russian ambassodor killed") || s.contains("alleppo"));
    }

    @Test
    void everyEvidenceSpanLiesInsideItsSentence() {
        story.facts().stream().flatMap(f -> f.values().stream()).flatMap(v -> v.sources().stream()).forEach(r -> {
            assertThat(r.relativeBegin()).isLessThan(r.relativeEnd());
            assertThat(r.end() - r.begin()).isEqualTo(r.relativeEnd() - r.relativeBegin());
        });
    }
}
