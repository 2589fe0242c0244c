package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report that someone was identified, then the name in the next sentence. */
class NamedAfterIdentificationTest {

    @Test
    void theNameInTheNextSentence() {
        var e = extract("The name of a 20-year-old man who was killed in a shooting at a New Year's party was released today by a coroner's investigator.\n\n"
                + "He was Bernard Gillam, according to the county coroner's office.\n\n"
                + "The coroner's office has identified the woman police say was killed in a second shooting early Sunday.\n\n"
                + "Maryann Rosco, 22, of Anaheim, had been sitting in a parked car.");
        assertThat(victims(e)).contains("Bernard Gillam", "Maryann Rosco");
    }

    @Test
    void notAnOfficialNorSomeoneNotYetIdentified() {
        var e = extract("A man was shot and killed on Elm Street on Friday night.\n\n"
                + "The coroner's office has identified the man who was killed.\n\n"
                + "Coroner Greg Shore said the autopsy is set for Monday.\n\n"
                + "A second victim has not been identified.\n\n"
                + "Dale Ruckert, 40, said he heard five shots.");
        assertThat(victims(e)).doesNotContain("Greg Shore", "Dale Ruckert");
    }
}
