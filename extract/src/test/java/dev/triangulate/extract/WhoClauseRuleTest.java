package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static dev.triangulate.extract.VictimListRuleTest.fates;
import static dev.triangulate.extract.VictimListRuleTest.victims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name followed by "who was shot": the clause says what happened to that person. */
class WhoClauseRuleTest {

    @Test
    void aBulletedListOfTheWounded() {
        var e = extract("Five people were hurt in the shooting on Friday night.\n\n"
                + "Those taken to Harbor General Hospital include: Darla Mortimer, who was shot in the foot; Kelvin Ashby, 30, "
                + "who was shot in the arm; and Lonnie Pruett, who was grazed on the head.");
        assertThat(victims(e)).contains("Darla Mortimer", "Kelvin Ashby", "Lonnie Pruett");
        assertThat(fates(e, "Lonnie Pruett")).contains("injured");
    }

    @Test
    void aClauseAfterAnotherSubject() {
        var e = extract("A woman was wounded on Elm Street on Friday.\n\nShe was sitting on the porch with Tomas Reyes, 62, who was hit in a leg.\n\n"
                + "The county mourns Sergeant Rodney Vail who was killed in the line of duty.");
        assertThat(victims(e)).contains("Tomas Reyes", "Rodney Vail");
        assertThat(fates(e, "Rodney Vail")).contains("killed");
    }

    @Test
    void notTheShooterNorTheAccused() {
        var e = extract("A clerk was wounded on Friday.\n\nPolice said Marcus Hale, who shot the clerk, fled on foot.\n\n"
                + "Charged with assault are Brendan Sills, 27, who was wounded in the leg, and Keon Rudd, 20, who was shot in the arm.");
        assertThat(victims(e)).doesNotContain("Marcus Hale", "Brendan Sills", "Keon Rudd");
    }

    @Test
    void takenToAHospitalNotIntoCustody() {
        var e = extract("Two men were shot on Elm Street on Friday.\n\nOfficers learned of a second victim, Marcus Andrade, 35, who had been "
                + "taken to Marymount Hospital by private car.\n\nPolice said Dale Ruckert, who was taken into custody, is 40.");
        assertThat(victims(e)).contains("Marcus Andrade").doesNotContain("Dale Ruckert");
    }
}
