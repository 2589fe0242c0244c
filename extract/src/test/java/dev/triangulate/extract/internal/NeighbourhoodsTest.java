package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Neighbourhoods of big cities that the gazetteer knows only as towns elsewhere. */
class NeighbourhoodsTest {
    @Test
    void aBigCityOutweighsItsNamesakesOrHasTheStatedState() {
        assertThat(Neighbourhoods.bigUsCity("New Orleans")).extracting(Towns.Town::state).isEqualTo("LA");
        assertThat(Neighbourhoods.bigUsCity("Lakewood")).isNull(); // Colorado's, Ohio's, New Jersey's, California's
        assertThat(Neighbourhoods.bigUsCity("Lakewood", "CO")).isNotNull();
        assertThat(Neighbourhoods.bigUsCity("Lakewood", "NY")).isNull();
        assertThat(Neighbourhoods.bigUsCity("Ankara")).isNull(); // no US city
    }

    @Test
    void aPlaceWithNoTownInTheCitysStateCanBeItsNeighbourhood() {
        Towns.Town orleans = Neighbourhoods.bigUsCity("New Orleans");
        assertThat(Neighbourhoods.inside("Algiers", orleans)).isTrue();
        assertThat(Neighbourhoods.inside("Metairie", orleans)).isFalse(); // a town of Louisiana
        assertThat(Neighbourhoods.inside("Houston", orleans)).isFalse(); // a big city itself
        assertThat(Neighbourhoods.inside("New Orleans", orleans)).isFalse();
        assertThat(Neighbourhoods.inside("Algiers", null)).isFalse();
    }
}
