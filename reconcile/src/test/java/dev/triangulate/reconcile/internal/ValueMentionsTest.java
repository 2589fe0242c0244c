package dev.triangulate.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Article;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueMentionsTest {
    static Article report(String id, String body) {
        return new Article(id, "Man shot", body, "Outlet " + id, null, null, null, null, id);
    }

    @Test
    void aPlaceIsNamedAsWholeWordsInAnyCase() {
        var m = new ValueMentions(List.of(report("a", "Port Alder police said. PORT ALDER, again."),
                report("b", "Near Port Alderney."), report("c", "In Granholt.")));
        assertThat(m.reportsNaming(Slot.PLACE, "Port Alder")).isEqualTo(1);
        assertThat(m.timesNamed(Slot.PLACE, "Port Alder")).isEqualTo(2);
    }

    @Test
    void aDayIsNamedByItsWeekdayOrItsDate() {
        // 2030-09-03 is a Tuesday
        var m = new ValueMentions(List.of(report("a", "He was shot Tuesday night."), report("b", "The Sept. 3 shooting."),
                report("c", "On September 3, police said."), report("d", "The shooting on Sep 30 and on Tuesdays.")));
        assertThat(m.reportsNaming(Slot.DATE, "2030-09-03")).isEqualTo(3);
        assertThat(m.reportsNaming(Slot.DATE, "2030-09-04")).isZero();
        assertThat(m.reportsNaming(Slot.DATE, "about Tuesday")).isZero();
        assertThat(m.reportsNaming(Slot.KILLED, "3")).isZero();
    }
}
