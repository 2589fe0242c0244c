package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceLikeNamesTest {
    @Test
    void aNameAfterAPrepositionOfPlaceOrAnArticleIsAPlace() {
        assertThat(PlaceLikeNames.only("Ben Taub", "Derrick G., 17, was still in ICU at Ben Taub after he was shot.")).isTrue();
        assertThat(PlaceLikeNames.only("Twisted Rooster", "Rivers also owned The Twisted Rooster, where he was killed.")).isTrue();
        assertThat(PlaceLikeNames.only("Jeremiah E. Burke", "The teenager, a student of the Jeremiah E. Burke High School, was shot.")).isTrue();
        assertThat(PlaceLikeNames.only("Des Moines", "A boy shot while riding in a car in downtown Des Moines has died.")).isTrue();
    }

    @Test
    void aPersonIsNamedElsewhereOrAsAPossessor() {
        assertThat(PlaceLikeNames.only("Tomas Varga", "Tomas Varga, 22, was shot at Main Street.")).isFalse();
        assertThat(PlaceLikeNames.only("Tomas Varga", "Police found the body of Tomas Varga at the home of Tomas Varga.")).isFalse();
        assertThat(PlaceLikeNames.only("Tomas Varga", "Two men were charged in Tomas Varga's death.")).isFalse();
        assertThat(PlaceLikeNames.only("Tomas Varga", "He was shot, police said.")).isFalse();
    }
}
