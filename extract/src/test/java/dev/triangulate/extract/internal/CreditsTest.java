package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditsTest {
    @Test
    void photographersPostersAndContributorsAreCredited() {
        assertThat(Credits.credited("Dana Whitcombe", "Photo: Dana Whitcombe / Dana Whitcombe A boy was shot in Port Alder.")).isTrue();
        assertThat(Credits.credited("Milo Farrant", "Two hurt pic.twitter.com/x1 — Milo Farrant (@MiloFTV) May 2, 2031")).isTrue();
        assertThat(Credits.credited("Ines Katz", "Staff writers Ines Katz and Rory Pell contributed to this report.")).isTrue();
        assertThat(Credits.credited("Abel Ures", "Four dead in Far South Side shooting Abel Ures / Chicago Tribune An officer calms a woman.")).isTrue();
    }

    @Test
    void aVictimInTheSameSentenceIsNotCredited() {
        assertThat(Credits.credited("Tomas Varga", "Tomas Varga, 22, was shot on Main Street (Photo: Dana Whitcombe).")).isFalse();
        assertThat(Credits.credited("Tomas Varga", "Tomas Varga was shot. Neighbors contributed money for his funeral.")).isFalse();
    }
}
