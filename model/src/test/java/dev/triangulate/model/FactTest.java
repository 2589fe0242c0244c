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

    @Test
    void ofTwoEquallySourcedDaysOneWithinDaysBeforeTheFirstReportLeads() {
        // a report recalls a day weeks before ("That murder occurred on May 3"), another dates the event the day before it
        var recalled = value("2014-05-03", "one.example", "2014-05-11T00:00:00Z");
        var event = value("2014-05-10", "two.example", "2014-05-12T00:00:00Z");
        assertThat(new Fact(Claim.INCIDENT, Slot.DATE, List.of(event, recalled), FactStatus.DISPUTED).leading().orElseThrow().value())
                .isEqualTo("2014-05-10");
        // a day after the first report is a later step's, not the event's, though more reports name its weekday
        var said = value("2014-01-22", "three.example", "2014-01-24T00:00:00Z");
        var laterStep = new FactValue(said.value(), Qualifier.EXACT, said.sources(), 2, 2);
        var shooting = value("2014-01-12", "four.example", "2014-01-12T00:00:00Z");
        assertThat(new Fact(Claim.INCIDENT, Slot.DATE, List.of(shooting, laterStep), FactStatus.DISPUTED).leading().orElseThrow().value())
                .isEqualTo("2014-01-12");
    }

    @Test
    void ofTwoDaysStillTiedTheNearestBeforeTheFirstReportLeads() {
        var first = value("2015-08-10", "one.example", "2015-08-11T00:00:00Z");
        var second = value("2015-08-11", "two.example", "2015-08-11T12:00:00Z");
        assertThat(new Fact(Claim.INCIDENT, Slot.DATE, List.of(first, second), FactStatus.DISPUTED).leading().orElseThrow().value())
                .isEqualTo("2015-08-11");
    }
}
