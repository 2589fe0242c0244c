package dev.triangulate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactStatus;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.SourceGroup;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.Slot;
import dev.triangulate.model.StoryQuote;
import dev.triangulate.model.StoryReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled example corpus produces the statuses it was written to produce (examples/corpus/EXPECTED.md). */
class ExampleCorpusEndToEndTest {
    static RunResult result;

    @BeforeAll
    static void run() throws Exception {
        try (Triangulate t = Triangulate.create()) {
            result = t.analyze(List.of(Corpora.exampleCorpus()), InputFormat.AUTO, Progress.NONE);
        }
    }

    static StoryReport story(String firstArticle) {
        return result.stories().stream().filter(s -> s.articles().stream().anyMatch(a -> a.id().equals(firstArticle)))
                .findFirst().orElseThrow();
    }

    static Optional<Fact> fact(StoryReport s, String subject, Slot slot) {
        return s.facts().stream().filter(f -> f.subject().equals(subject) && f.slot() == slot).findFirst();
    }

    static void assertFact(StoryReport s, String subject, Slot slot, FactStatus status, String... values) {
        Fact f = fact(s, subject, slot).orElseThrow(() -> new AssertionError("no fact " + subject + "." + slot.key()));
        assertThat(f.values()).extracting(FactValue::value).as(subject + "." + slot.key()).containsExactly(values);
        assertThat(f.status()).as(subject + "." + slot.key()).isEqualTo(status);
    }

    @Test
    void threeStoriesThatDoNotMerge() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.stories()).hasSize(3);
        assertThat(story("ferry-01-meridian-press").articles()).hasSize(7);
        assertThat(story("fire-01-granholt-tribune").articles()).hasSize(2);
        assertThat(story("council-01-brackwater-ledger").articles()).hasSize(2);
    }

    @Test
    void syndicatedCopiesAndSameOutletCountOnce() {
        var ferry = story("ferry-01-meridian-press");
        assertThat(ferry.sources()).extracting(SourceGroup::id)
                .containsExactlyInAnyOrder("Meridian Press", "Evening Signal", "Port Alder Herald");
        assertThat(ferry.sources()).filteredOn(g -> g.id().equals("Meridian Press")).singleElement()
                .satisfies(g -> assertThat(g.articles()).containsExactlyInAnyOrder(
                        "ferry-01-meridian-press", "ferry-04-coastline-daily", "ferry-05-valley-gazette", "ferry-06-meridian-press-update"));
    }

    @Test
    void ferryShootingFacts() {
        var s = story("ferry-01-meridian-press");
        assertFact(s, Claim.INCIDENT, Slot.KILLED, FactStatus.DEVELOPING, "2", "4");
        assertFact(s, Claim.INCIDENT, Slot.INJURED, FactStatus.CORROBORATED, "5", "5");
        assertFact(s, Claim.INCIDENT, Slot.SHOTS, FactStatus.CORROBORATED, "6", "7");
        assertFact(s, Claim.INCIDENT, Slot.WEAPON, FactStatus.SINGLE_SOURCE, "shotgun");
        assertFact(s, Claim.INCIDENT, Slot.PLACE, FactStatus.CORROBORATED, "Port Alder");
        assertFact(s, Claim.INCIDENT, Slot.COUNTRY, FactStatus.CORROBORATED, "Marenland");
        assertFact(s, Claim.INCIDENT, Slot.DATE, FactStatus.CORROBORATED, "2031-05-13");
        assertFact(s, Claim.PERPETRATOR, Slot.AGE, FactStatus.DISPUTED, "34", "43");
        assertFact(s, Claim.PERPETRATOR, Slot.FATE, FactStatus.CORROBORATED, "arrested");
        assertFact(s, Claim.INCIDENT, Slot.VICTIM, FactStatus.CORROBORATED, "Mikhail Orlenko");
        assertFact(s, "Mikhail Orlenko", Slot.AGE, FactStatus.CORROBORATED, "58");
        assertFact(s, "Mikhail Orlenko", Slot.ROLE, FactStatus.CORROBORATED, "ticket inspector");
        assertFact(s, "Mikhail Orlenko", Slot.FATE, FactStatus.CORROBORATED, "killed");
        assertFact(s, "Anna Vell", Slot.ROLE, FactStatus.CORROBORATED, "police chief");
        assertFact(s, "Anna Vell", Slot.AGE, FactStatus.SINGLE_SOURCE, "52");
        assertThat(s.facts()).filteredOn(f -> f.slot() == Slot.VENUE && f.values().get(0).value().toLowerCase().contains("north quay"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FactStatus.CORROBORATED));
        assertThat(s.facts()).filteredOn(f -> f.subject().equals("Tomas Ree") && f.slot() == Slot.ROLE)
                .anySatisfy(f -> assertThat(f.values().get(0).value()).isEqualTo("deckhand"));
        assertThat(fact(s, Claim.INCIDENT, Slot.PERPETRATOR)).isEmpty();
    }

    @Test
    void ferryQuotes() {
        var s = story("ferry-01-meridian-press");
        StoryQuote q1 = s.quotes().stream().filter(q -> q.text().contains("tackled by terminal staff")).findFirst().orElseThrow();
        assertThat(q1.speaker()).isEqualTo("Anna Vell");
        assertThat(q1.sources()).extracting(SourceRef::article).containsExactlyInAnyOrder("ferry-01-meridian-press",
                "ferry-03-port-alder-herald", "ferry-04-coastline-daily", "ferry-05-valley-gazette");
        assertThat(s.quotes()).filteredOn(q -> q.text().contains("tackled")).hasSize(1);
        assertThat(s.quotes()).filteredOn(q -> q.text().startsWith("People were screaming")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Tomas Ree"));
        assertThat(s.quotes()).filteredOn(q -> q.text().startsWith("The city will stand")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Ilse Marrow"));
    }

    @Test
    void warehouseFireFacts() {
        var s = story("fire-01-granholt-tribune");
        assertFact(s, Claim.INCIDENT, Slot.INJURED, FactStatus.CORROBORATED, "0");
        assertFact(s, Claim.INCIDENT, Slot.PLACE, FactStatus.CORROBORATED, "Granholt");
        assertThat(s.facts()).filteredOn(f -> f.slot() == Slot.VENUE && f.values().get(0).value().contains("warehouse"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FactStatus.CORROBORATED));
        assertThat(s.facts()).noneMatch(f -> f.slot() == Slot.KILLED || f.slot() == Slot.SHOTS || f.slot() == Slot.WEAPON);
    }

    @Test
    void aCouncilVoteHasNoCasualties() {
        var s = story("council-01-brackwater-ledger");
        assertThat(s.facts()).noneMatch(f -> f.slot().numeric() && f.subject().equals(Claim.INCIDENT));
        assertThat(s.facts()).noneMatch(f -> f.slot() == Slot.WEAPON || f.slot() == Slot.FATE || f.slot() == Slot.VICTIM);
    }

    @Test
    void theSameInputInAnotherOrderGivesTheSameReport() throws Exception {
        var files = new java.util.ArrayList<>(java.nio.file.Files.list(Corpora.exampleCorpus())
                .filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        java.util.Collections.reverse(files);
        RunResult reversed;
        try (Triangulate t = Triangulate.create(1)) {
            reversed = t.analyze(files, InputFormat.AUTO, Progress.NONE);
        }
        assertThat(reversed.stories()).isEqualTo(result.stories());
    }
}
