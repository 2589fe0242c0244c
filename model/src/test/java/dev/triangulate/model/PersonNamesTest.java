package dev.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void aRunOnSentenceIsCutOff() {
        assertThat(PersonNames.trim("Darnel Okoro.His family")).isEqualTo("Darnel Okoro");
        assertThat(PersonNames.trim("J.R. Okoro")).isEqualTo("J.R. Okoro");
        assertThat(PersonNames.trim("Felicity Jonas –")).isEqualTo("Felicity Jonas");
        assertThat(PersonNames.trim("Ana Ruiz-Soto")).isEqualTo("Ana Ruiz-Soto");
        assertThat(PersonNames.trim("Christopher “")).as("a nickname's opening quote").isEqualTo("Christopher");
    }

    @Test
    void institutionsStreetsAndCapitalsAreNoPeople() {
        assertThat(PersonNames.plausible("Granholt Police")).isFalse();
        assertThat(PersonNames.plausible("Wilmer Avenue")).isFalse();
        assertThat(PersonNames.plausible("Okoro said")).isFalse();
        assertThat(PersonNames.plausible("KXRT")).isFalse();
        assertThat(PersonNames.plausible("DARNEL OKORO")).isFalse();
        assertThat(PersonNames.plausible("Darnel Okoro-23")).isFalse();
        assertThat(PersonNames.plausible("Okoro Jones Drive")).isFalse();
    }

    @Test
    void namesWithParticlesAndInitialsArePeople() {
        assertThat(PersonNames.plausible("Juan de la Vega")).isTrue();
        assertThat(PersonNames.plausible("Xavan JJ Okoro")).isTrue();
        assertThat(PersonNames.plausible("Darnel Okoro III")).isTrue();
    }
}
