package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gazetteer of US towns, read from the GeoNames file the build fetches. */
class TownsTest {
    @Test
    void knowsTownsAsTextsSpellThem() {
        assertThat(Towns.named("Tulsa")).anyMatch(t -> t.country().equals("US") && t.state().equals("OK") && !t.section() && t.population() > 100_000);
        assertThat(Towns.known("St. Louis")).isTrue();
        assertThat(Towns.known("Saint Louis")).isTrue();
        assertThat(Towns.key("Ft. Worth")).isEqualTo(Towns.key("Fort Worth"));
        assertThat(Towns.key("Mt Vernon")).isEqualTo("mountvernon");
        assertThat(Towns.key("East St. Louis")).isEqualTo("eastsaintlouis");
        assertThat(Towns.key("Kent")).isEqualTo("kent");
        assertThat(Towns.known("Bronx")).isTrue(); // GeoNames: "The Bronx"
        assertThat(Towns.known("Winston-Salem")).isTrue();
        assertThat(Towns.named("Ankara")).anyMatch(t -> t.country().equals("TR"));
        assertThat(Towns.named("Springfield")).extracting(Towns.Town::state).contains("IL", "MA", "MO", "OH");
    }

    @Test
    void knowsNoStreetOrWord() {
        assertThat(Towns.known("Bourbon Street")).isFalse();
        assertThat(Towns.known("Show Caption")).isFalse();
        assertThat(Towns.known("Granholt")).isFalse();
    }

    @Test
    void tellsASectionOfATown() {
        // Harlem is a part of New York City; the towns called Harlem in Florida and Georgia are towns
        assertThat(Towns.named("Harlem")).anyMatch(t -> t.state().equals("NY") && t.section())
                .anyMatch(t -> t.state().equals("GA") && !t.section());
    }
}
