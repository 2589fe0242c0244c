package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakersTest {
    @Test
    void theSourceOfAnOpeningOrClosingAttributionSpeaks() {
        assertThat(NotVictims.speaks("Otis Brandt", "According to Canton Police Chief Otis Brandt, a 9-year-old was shot "
                + "multiple times at Canton Garden Apartments on Tuesday night.")).isTrue();
        assertThat(NotVictims.speaks("Manny Herrera", "Leonard Loza faces a charge in the death of Jonah Mclane, 53, Sgt. Manny Herrera said.")).isTrue();
    }

    @Test
    void aVictimNamedAfterTheSourceDoesNotSpeak() {
        assertThat(NotVictims.speaks("Jonah Mclane", "According to police, Jonah Mclane, 53, was shot on Elm Street.")).isFalse();
        assertThat(NotVictims.speaks("Jonah Mclane", "Jonah Mclane, 53, was shot, police said.")).isFalse();
    }
}
