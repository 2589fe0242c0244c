package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a candidate place's name is tidied before it is claimed. */
class PlaceRuleCleanTest {
    @Test
    void aHolidayAfterTheNameIsNoPartOfIt() {
        assertThat(PlaceRule.clean("Maplewood Thanksgiving Day")).isEqualTo("Maplewood");
        assertThat(PlaceRule.clean("Maplewood Christmas Eve")).isEqualTo("Maplewood");
        assertThat(PlaceRule.clean("Albany Park neighborhood")).isEqualTo("Albany Park");
    }
}
