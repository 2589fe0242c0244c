package dev.triangulate.extract;

import static dev.triangulate.extract.VictimListRuleTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people an article names as the gunman or suspect are the incident's perpetrators, for every report of the story. */
class NamedSuspectsTest {

    static List<String> perpetrators(ExtractedArticle e) {
        return e.claims().stream().filter(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.PERPETRATOR)
                .map(Claim::value).distinct().toList();
    }

    @Test
    void theGunmanOrSuspectInApposition() {
        var e = extract("Three people were killed on Friday when suspected gunman Aldo Serrat turned the gun on himself.\n\n"
                + "The suspect was identified as Rupert Vanlo of Port Alder.\n\n"
                + "Police identified the shooter as 31-year-old Kendrick Poole.\n\n"
                + "Marlon Teague, the suspect, was arrested Saturday.\n\n"
                + "The suspect killed in the shootout with officers has been identified as Jeff Tolson.");
        assertThat(perpetrators(e)).contains("Aldo Serrat", "Rupert Vanlo", "Kendrick Poole", "Marlon Teague", "Jeff Tolson");
    }

    @Test
    void moreWaysOfIdentifyingTheSuspect() {
        var e = extract("Six people were killed on Friday.\n\n"
                + "The shooter was identified by police as 42-year-old Pedro Alvaro Vargen, a resident of Hialeah.\n\n"
                + "Officials identify suspects as Syed Farouk and Tashmeen Malick.\n\n"
                + "Elliot Rodgers, the man named as a suspect by police and his own father, was a student.");
        assertThat(perpetrators(e)).contains("Pedro Alvaro Vargen", "Syed Farouk", "Tashmeen Malick", "Elliot Rodgers");
    }

    @Test
    void whoFiredInApposition() {
        var e = extract("Two people were killed on Friday.\n\n"
                + "Police said the woman, identified as Erin Agrell, killed her baby and her husband.\n\n"
                + "A 23-year-old man, identified as Curtis Paterno, shot and wounded five people in Brooklyn.\n\n"
                + "Police say her stepfather, 45-year-old Tran Van Minh, shot and killed her.\n\n"
                + "Her brother, Dale Ormsby, 23, shot in the leg, was taken to a hospital.\n\n"
                + "The victim, Lyle Prester, shot himself.");
        assertThat(perpetrators(e)).contains("Erin Agrell", "Curtis Paterno", "Tran Van Minh").doesNotContain("Dale Ormsby", "Lyle Prester");
    }

    @Test
    void anIntruderShotByTheResident() {
        var e = extract("A homeowner shot three men who broke into his house on Friday.\n\n"
                + "A second suspected intruder, Jessie Kellam, 23, died at Merit Health, police said.");
        assertThat(perpetrators(e)).contains("Jessie Kellam");
    }

    @Test
    void notTheVictimNorTheSuspectsRelatives() {
        var e = extract("A man was killed on Friday.\n\nPolice identified the victim as Dorian Feld.\n\n"
                + "The suspect's mother, Glenda Rourke, said her son was at home.");
        assertThat(perpetrators(e)).doesNotContain("Dorian Feld", "Glenda Rourke", "Lonnie Hart");
    }
}
