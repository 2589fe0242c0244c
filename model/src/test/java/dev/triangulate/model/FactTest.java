package dev.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTest {
    private static FactValue value(String v, String source, String published) {
        return new FactValue(v, Qualifier.EXACT, List.of(new SourceRef("a-" + source, source, source, Instant.parse(published),
                "sentence", 0, 0, 1, null, null)));
    }

    @Test
    void ofTwoEquallySourcedInjuredCountsTheLargerLeads() {
        var early = value("2", "one.example", "2030-01-01T10:00:00Z");
        var later = value("5", "two.example", "2030-01-01T12:00:00Z");
        assertThat(new Fact(Claim.INCIDENT, Slot.INJURED, List.of(early, later), FactStatus.DISPUTED).leading().orElseThrow().value())
                .isEqualTo("5");
        // other slots keep the first reported
        assertThat(new Fact(Claim.INCIDENT, Slot.KILLED, List.of(early, later), FactStatus.DISPUTED).leading().orElseThrow().value())
                .isEqualTo("2");
    }

    @Test
    void aNumberLeadsOverAVagueCountWithMoreSources() {
        var several = value("multiple", "one.example", "2030-01-01T10:00:00Z");
        var alsoSeveral = value("multiple", "two.example", "2030-01-01T11:00:00Z");
        var six = value("6", "three.example", "2030-01-01T12:00:00Z");
        var vague = new FactValue("multiple", Qualifier.EXACT, List.of(several.sources().get(0), alsoSeveral.sources().get(0)));
        assertThat(new Fact(Claim.INCIDENT, Slot.INJURED, List.of(vague, six), FactStatus.CORROBORATED).leading().orElseThrow().value())
                .isEqualTo("6");
    }
}
