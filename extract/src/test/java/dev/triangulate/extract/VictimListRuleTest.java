package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Victims named in lists, over real CoreNLP annotations of sentences written for these tests. */
class VictimListRuleTest {
    static ExtractedArticle extract(String body) {
        return RealAnalysis.extract("Shooting in Port Alder", body, "2031-03-02T10:00:00Z");
    }

    static List<String> victims(ExtractedArticle e) {
        return e.claims().stream().filter(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM)
                .map(c -> c.value()).distinct().toList();
    }

    static List<String> fates(ExtractedArticle e, String person) {
        return e.claims().stream().filter(c -> c.subject().equals(person) && c.slot() == Slot.FATE).map(c -> c.value()).toList();
    }

    @Test
    void thePairIdentifiedAs() {
        var e = extract("Two people were wounded in a shooting spree on Sunday.\n\nWitnesses said the gunman left the store with a woman and a child.\n\n"
                + "The pair has been identified as Maria Rodriguez, 32, and 14-month-old Caden Moore.");
        assertThat(victims(e)).contains("Maria Rodriguez", "Caden Moore");
    }

    @Test
    void identifiedAsAList() {
        var e = extract("Two men were shot dead on Main Street on Friday. The coroner identified the two men killed as "
                + "Tomas Varga, 22, and Jonte Okafor, 24.");
        assertThat(victims(e)).contains("Tomas Varga", "Jonte Okafor");
        assertThat(fates(e, "Jonte Okafor")).containsOnly("killed");
    }

    @Test
    void victimsWereAndDeathsOf() {
        var e = extract("Four people were shot at a party. The victims were: Kaleb Brandt, 11; Kylie Brandt, 9; and Destiny Ostrova, 5.\n\n"
                + "Amos Wells, 22, was charged Tuesday with capital murder in the deaths of Annette Reed and Eddie McCuin.");
        assertThat(victims(e)).contains("Kaleb Brandt", "Kylie Brandt", "Destiny Ostrova", "Annette Reed", "Eddie McCuin")
                .doesNotContain("Amos Wells");
        assertThat(fates(e, "Eddie McCuin")).containsOnly("killed");
    }

    @Test
    void namesBeforeWhatHappenedToThem() {
        var e = extract("Police said Lisa Downs, 57, and Donald Okafor, 23, suffered multiple gunshot wounds and were taken to a hospital.\n\n"
                + "Alexia Wilson and Janet Clift were also shot but survived.");
        assertThat(victims(e)).contains("Lisa Downs", "Donald Okafor", "Alexia Wilson", "Janet Clift");
        assertThat(fates(e, "Janet Clift")).contains("injured").doesNotContain("killed");
    }

    @Test
    void aPhotographersCreditIsNoVictim() {
        var e = extract("Photo: Dana Whitcombe / Dana Whitcombe A teenager was shot to death in a drive-by on Main Street.");
        assertThat(victims(e)).doesNotContain("Dana Whitcombe");
    }

    @Test
    void aSuspectListIsNoVictimList() {
        var e = extract("A man was shot on Friday. Police identified the suspects as Leviticus Ford, 23, and Kadeem Singleton, 17.");
        assertThat(victims(e)).doesNotContain("Leviticus Ford", "Kadeem Singleton");
    }

    @Test
    void someoneIdentifiedAndTakenIntoCustodyIsNoVictim() {
        var e = extract("A woman was shot on Friday. Police said the man -- later identified as Kelvin Norwell, 32 -- surrendered peacefully "
                + "after an hourslong standoff.\n\nThe man – identified as Christian D. Mayer – was placed into custody.\n\n"
                + "He was later identified in jail booking documents as Allen Ivanko, 19.");
        assertThat(victims(e)).doesNotContain("Kelvin Norwell", "Christian D. Mayer", "Allen Ivanko");
    }

    @Test
    void oneNameBeforeWhatHappened() {
        var e = extract("Two people were shot on Friday.\n\nThe victim, Cortney Varga, was pronounced dead at the scene.\n\n"
                + "Cole Ervin, 20, was treated for gunshot wounds at Frye Regional Medical Center.\n\n"
                + "Kwame El-Amin, 42, was one of five people shot Sunday night in Douglass Park.");
        assertThat(victims(e)).contains("Cortney Varga", "Cole Ervin", "Kwame El-Amin");
        assertThat(fates(e, "Cortney Varga")).contains("killed");
        assertThat(fates(e, "Cole Ervin")).contains("injured");
    }

    @Test
    void aGunmanKilledByPoliceIsNoVictimButHisRelativeIs() {
        var e = extract("The gunman, Ivo Brandt, shot his wife Mara Brandt on Friday night. Mara Brandt was killed. "
                + "Ivo Brandt was shot and killed by police minutes later.");
        assertThat(victims(e)).contains("Mara Brandt").doesNotContain("Ivo Brandt");
        assertThat(fates(e, "Ivo Brandt")).contains("killed");
    }

    @Test
    void aPossessorIsNotOneOfThePeople() {
        var e = extract("Three people were found dead in a home on Friday.\n\n"
                + "Also dead were Wardell's son and daughter — Brodie Wardell, 4, and Marley Wardell, 2.\n\n"
                + "She said the 6-year-old victim was Okafor's niece.\n\n"
                + "Jurors at Derrick Stanwyck's murder trial watched the video on Monday.");
        assertThat(victims(e)).contains("Brodie Wardell", "Marley Wardell").doesNotContain("Wardell", "Okafor", "Derrick Stanwyck");
        assertThat(fates(e, "Derrick Stanwyck")).doesNotContain("killed");
    }

    @Test
    void aCountysNameIsNoVictim() {
        var e = extract("Prosecutors have charged a Raytown man in the Saturday quadruple shooting that left one woman dead, "
                + "Jackson County Prosecutor Jean Peters Baker announced Tuesday.");
        assertThat(victims(e)).doesNotContain("Jackson");
    }

    @Test
    void thePossessorOfTheSubjectIsNotTheSubject() {
        var e = extract("Four children were found dead on Friday. The children were slain in their home, allegedly by their "
                + "stepfather, Gregory Greaves. The younger ones died of smoke and the older children, Greaves’s stepchildren, were shot to death.");
        assertThat(victims(e)).doesNotContain("Greaves", "Gregory Greaves");
    }

    @Test
    void whomThePoliceShotIsNoVictimUnlessByMistake() {
        var e = extract("Richard Rasher, an 18-year-old man, was fatally shot by Los Angeles police officers on Monday.\n\n"
                + "Courtney Tayler was injured after being shot by a Whitley County sheriff's deputy, according to Harrell.\n\n"
                + "Mary Knolton was killed by a police officer who accidentally fired live rounds.");
        assertThat(victims(e)).doesNotContain("Richard Rasher", "Courtney Tayler").contains("Mary Knolton");
    }

    @Test
    void aShootersSurnameIsTheOneFullNameOfIt() {
        var e = extract("A deputy was wounded in a standoff on Friday. Authorities identified the man as Sammy Durant.\n\n"
                + "Durant then shot a deputy in the arm.");
        assertThat(victims(e)).doesNotContain("Sammy Durant");
        var family = extract("Three people were found dead in a home on Friday. The dead were identified as Jacqueline Casey, 31, "
                + "and Anna Casey, 6.\n\nCasey, 30, shot his wife and daughter before he killed himself.");
        assertThat(victims(family)).contains("Jacqueline Casey", "Anna Casey");
        var record = extract("Davienne Lowis, 23, died after he was shot multiple times on Friday.\n\n"
                + "Police said Lowis has been arrested before and has a criminal history.");
        assertThat(victims(record)).contains("Davienne Lowis");
    }

    @Test
    void heAfterAnOfficialsWordsIsNotTheOfficial() {
        var e = extract("A man was shot on Friday. \"They play basketball at the courts,\" said Chief Howard Burton of the Penn Hills "
                + "Police Department. He was taken to the hospital where he died.");
        assertThat(victims(e)).doesNotContain("Howard Burton", "Burton");
    }

    @Test
    void moreListForms() {
        var e = extract("Five people were shot on Friday.\n\n"
                + "Officers found 15-year-old Gregory Livingston with gunshot wounds to his head in an alley.\n\n"
                + "The other victim was 39-year-old Otonicar Aikens.\n\n"
                + "The medical examiner's office says 61-year-old Joezell Varga and 29-year-old Bryan Varga died of multiple gunshot wounds.\n\n"
                + "Four others, 41-year-old Ronald Dernett; 22-year-old Tunisha Okafor; and 53-year-old Awilda Carroll, were injured.");
        assertThat(victims(e)).contains("Gregory Livingston", "Otonicar Aikens", "Joezell Varga", "Bryan Varga",
                "Ronald Dernett", "Tunisha Okafor", "Awilda Carroll");
        assertThat(fates(e, "Bryan Varga")).contains("killed");
        assertThat(fates(e, "Awilda Carroll")).contains("injured");
    }

    @Test
    void theObjectsOfOneAct() {
        var e = extract("A man fired about ten times at a parked car, killing Jacinta Moravec, 18, and Aveion Tobar, 20, police said.\n\n"
                + "Investigators believe the gunman killed 41-year-old Hector Ulloa and 3-year-old Julian Ulloa.");
        assertThat(victims(e)).contains("Jacinta Moravec", "Aveion Tobar", "Hector Ulloa", "Julian Ulloa");
        assertThat(fates(e, "Aveion Tobar")).contains("killed");
    }

    @Test
    void foundWoundedOrInACondition() {
        var e = extract("Officers arrived after midnight. 16-year-old Ibrahim Castell was found fatally wounded on the porch.\n\n"
                + "Todd Rayburn is in stable condition after surgery.");
        assertThat(victims(e)).contains("Ibrahim Castell", "Todd Rayburn");
        assertThat(fates(e, "Todd Rayburn")).contains("injured");
    }

    @Test
    void neitherTheSpeakerNorTheTownIsAVictim() {
        var e = extract("Marcus Pellam, 29, was grazed by a bullet, and Jacquez Fenner, 23, was also wounded, Jones said.\n\n"
                + "Wendell Hollis, 26, of Troy was killed in the shooting, police said. "
                + "An 18-year-old Adelanto resident was shot and killed Thursday night.");
        assertThat(victims(e)).contains("Jacquez Fenner", "Wendell Hollis").doesNotContain("Jones", "Troy", "Adelanto");
    }

    @Test
    void aSpeakerWithAnAbbreviatedTitleIsNoVictim() {
        var e = extract("Leonard Loza, 58, faces a manslaughter charge in the death of Jonah Mclane, 53, Sgt. Manny Herrera said.");
        assertThat(victims(e)).contains("Jonah Mclane").doesNotContain("Manny Herrera");
    }

    @Test
    void moreWaysToNameTheVictims() {
        var e = extract("Ocasio was charged with attempted murder in the shooting of Daryl Rehmer.\n\n"
                + "Five people died in the house on Sunday. They are Raul Carrizo, 58; Karen Saarinen, 53; and Isela Rodrigo, 17.\n\n"
                + "Jesse Haynes, 15, of Parma is the shooting victim who died Monday.\n\n"
                + "Her parents, Jessica Stanwood and Julian Bicek, were taken to the hospital with gunshot wounds.\n\n"
                + "Police said Sunday that Terrence Edmunds of Lilburn was killed in the shootings.");
        assertThat(victims(e)).contains("Daryl Rehmer", "Raul Carrizo", "Karen Saarinen", "Isela Rodrigo", "Jesse Haynes",
                "Jessica Stanwood", "Julian Bicek", "Terrence Edmunds").doesNotContain("Lilburn", "Parma");
    }

    @Test
    void namesWithAgesListedWithoutACue() {
        var e = extract("Nine people were killed in the church on Wednesday night. Sharla Singer, 45; Myra Tomlin, 59; "
                + "Ethel Lanford, 70; and Susie Jaxon, 87.");
        assertThat(victims(e)).contains("Sharla Singer", "Myra Tomlin", "Ethel Lanford", "Susie Jaxon");
        // two names with ages are a pair, not yet a list
        assertThat(victims(extract("The men met on Friday. Carl Brandt, 45, and Tom Uhl, 59, talked for an hour."))).isEmpty();
    }

    @Test
    void relativesInAppositionAndTheVictimInMidSentence() {
        var e = extract("Deputies say 58-year-old Clifton Blanchet shot and killed his wife, 72-year-old Leona Blanchet, "
                + "and his granddaughter, 3-year-old Ashley Blanchet.\n\n"
                + "According to the coroner, the victim, Ethan Garo, died after being shot on Monday.\n\n"
                + "Nina Greenberg, 32, had several gunshot wounds to an arm.");
        assertThat(victims(e)).contains("Leona Blanchet", "Ashley Blanchet", "Ethan Garo", "Nina Greenberg");
    }

    @Test
    void titlesInListsAndACueBeforeTheCopula() {
        var e = extract("Bailiff Ronald Kienast and Chief Deputy Joseph Zangrilli were shot and killed in the courthouse.\n\n"
                + "The two clerks wounded in the course of the attack were Maria Ostrander and Paul Ketteler.");
        assertThat(victims(e)).contains("Ronald Kienast", "Joseph Zangrilli", "Maria Ostrander", "Paul Ketteler");
        assertThat(fates(e, "Paul Ketteler")).contains("injured");
    }

    @Test
    void someoneChargedIsNoVictim() {
        var e = extract("Kevin Ostrow, 19, and Marcus Dellinger, 20, were shot during the fight on Friday.\n\n"
                + "Marcus Dellinger was charged with assault on Monday.");
        assertThat(victims(e)).contains("Kevin Ostrow").doesNotContain("Marcus Dellinger");
    }

    @Test
    void whoFiredAtSomeoneElseIsNoVictim() {
        var e = extract("Police said Carl Moreno, 31, gunned down Teresa Strickland, 45, and wounded Richard Hoyle, 61. "
                + "Moreno was shot dead by officers an hour later.\n\n"
                + "Deputies say Emery Colton shot his girlfriend, Mia Laskey, and then himself. Both were pronounced dead.\n\n"
                + "The shooter, identified as Anthony Giacomo, died at the scene.");
        assertThat(victims(e)).doesNotContain("Carl Moreno", "Moreno", "Emery Colton", "Anthony Giacomo");
        // someone shot to death is the victim, not a shooter
        assertThat(victims(extract("There deputies found 59-year-old Carolyn Sandoval and her daughter Marquita Hale shot to death.")))
                .contains("Marquita Hale");
    }

    @Test
    void defendantsWithAgesAreNoVictims() {
        var e = extract("Martin Melendez, 23; Santos Diaz, 20; and Michael Zurita, 21, each face two counts of murder.");
        assertThat(victims(e)).isEmpty();
    }

    @Test
    void pronouncedDeadAmongThoseShotAndAnApposition() {
        var e = extract("When officers arrived, they pronounced Ariana Moser dead at the scene.\n\n"
                + "Among those shot was Chris Raffaele, who was hit in the leg.\n\n"
                + "John Seymore, the 66-year-old owner of the barbershop, was wounded.");
        assertThat(victims(e)).contains("Ariana Moser", "Chris Raffaele", "John Seymore");
        assertThat(fates(e, "Ariana Moser")).contains("killed");
    }

    @Test
    void moreCuesAroundNames() {
        var e = extract("The victims include a 16-year-old female, Jamaica Brell, 19, and Austin Browning, 21.\n\n"
                + "Also Tuesday, the sheriff's office identified Louis Lunsford, 44, as a third victim.\n\n"
                + "According to the deputy coroner, Diamante Killian was pronounced dead at the hospital.\n\n"
                + "Raekwon Jabari, 18, was one of four teenagers who were struck by gunfire.\n\n"
                + "Four residents – Elias Sandoval, Charnise Jonas and Cedric Mercer – were being treated at a hospital.");
        assertThat(victims(e)).contains("Jamaica Brell", "Austin Browning", "Louis Lunsford", "Diamante Killian", "Raekwon Jabari",
                "Elias Sandoval", "Charnise Jonas", "Cedric Mercer");
    }

    @Test
    void aWitnessWhoTellsTheStoryIsNotWhoWasShot() {
        var e = extract("\"I heard some shots,\" said Jontavio Daves, a student who lives in the building. "
                + "He was shot more than once, a detective said.");
        assertThat(victims(e)).doesNotContain("Jontavio Daves");
    }

    @Test
    void rolesAddressesAndLongCues() {
        var e = extract("Jeremy Talbot, 54, was the motorcyclist shot and killed on Skyline Boulevard.\n\n"
                + "Charlotte Livingstone, 53, and Faye Normand, 15, were found in a bed with apparent gunshot wounds.\n\n"
                + "Aron Turnbull, age 31, of the 3900 block of Trailwood Court in Chesapeake was pronounced dead at the scene.\n\n"
                + "Police identified the 15-year-old killed in a Wednesday shooting as Melky Rodrigo.\n\n"
                + "Carl Hensley, 40, was the officer who shot at the car.");
        assertThat(victims(e)).contains("Jeremy Talbot", "Charlotte Livingstone", "Faye Normand", "Aron Turnbull", "Melky Rodrigo")
                .doesNotContain("Carl Hensley");
    }

    @Test
    void locatedWithWoundsAndListsWithBoth() {
        var e = extract("Police responded to the 800 block of Bendix and located 21-year-old Sheldon Camaro and 25-year-old "
                + "Casey McLane with gunshot wounds.\n\n"
                + "The victims — Shaun Smithers, 29; Matthew Musiel, 28; and Parish Jordon and Leroy Monsalve, both 22 — were "
                + "seriously injured.");
        assertThat(victims(e)).contains("Sheldon Camaro", "Casey McLane", "Shaun Smithers", "Leroy Monsalve");
    }

    @Test
    void aRosterOfManyIncidentsNamesNoVictimsOfOne() {
        // a page of open cases, one paragraph each: fourteen names, each its own incident
        var e = extract("One person was killed on Elm Street on May 1. Tomas Varga was pronounced dead at the scene.\n\n"
                + "One person was killed on Oak Street on May 2. Jonte Okafor was pronounced dead at the scene.\n\n"
                + "One person was killed on Pine Street on May 3. Kaleb Brandt was pronounced dead at the scene.\n\n"
                + "One person was killed on Birch Street on May 4. Destiny Ostrova was pronounced dead at the scene.\n\n"
                + "One person was killed on Cedar Street on May 5. Annette Reed was pronounced dead at the scene.\n\n"
                + "One person was killed on Maple Street on May 6. Eddie McCuin was pronounced dead at the scene.\n\n"
                + "One person was killed on Spruce Street on May 7. Lisa Downs was pronounced dead at the scene.\n\n"
                + "One person was killed on Walnut Street on May 8. Donald Okafor was pronounced dead at the scene.\n\n"
                + "One person was killed on Chestnut Street on May 9. Alexia Wilson was pronounced dead at the scene.\n\n"
                + "One person was killed on Willow Street on May 10. Janet Clift was pronounced dead at the scene.\n\n"
                + "One person was killed on Poplar Street on May 11. Cortney Varga was pronounced dead at the scene.\n\n"
                + "One person was killed on Ash Street on May 12. Cole Ervin was pronounced dead at the scene.\n\n"
                + "One person was killed on Hickory Street on May 13. Kwame Elamin was pronounced dead at the scene.\n\n"
                + "One person was killed on Alder Street on May 14. Mara Brandt was pronounced dead at the scene.\n\n");
        assertThat(victims(e)).isEmpty();
        var one = extract("One person was killed on Elm Street on May 1. Tomas Varga was pronounced dead at the scene.");
        assertThat(victims(one)).containsExactly("Tomas Varga");
    }

    @Test
    void listsWithHomeTownsPronounsAndCountedObjects() {
        var e = extract("Four men were shot on Friday. The four men who were shot have been identified as Darnel Okoro, 34, Ohio; "
                + "Frank Delvecchio, 33, Richmond; and Maurice Bateman, 26, Chicago.\n\n"
                + "A man was killed on Main Street on Saturday. He has been identified as 30-year-old Ronald Gravenor.\n\n"
                + "Police said two men are suspected of killing Kelvin Jacobs, 38, and wounding three other people, Kendra Covell, 28; "
                + "Lisa Tayloe, 20; and Jimmy Sangmore, 30.");
        assertThat(victims(e)).contains("Darnel Okoro", "Frank Delvecchio", "Maurice Bateman", "Ronald Gravenor", "Kendra Covell",
                "Lisa Tayloe", "Jimmy Sangmore");
    }

    @Test
    void aTownBeforeAPersonNounAndAVideoLinkNameNoVictims() {
        var e = extract("A 37-year-old Shelton man was killed in the gunfire on Friday.\n\n"
                + "2:15 Police say Marcus Delane was shot and killed in Olathe\n\n"
                + "Two people were shot on Main Street.");
        assertThat(victims(e)).doesNotContain("Shelton", "Marcus Delane");
        var caption = extract("Police say Marcus Delane was shot and killed in Olathe on Friday.");
        assertThat(victims(caption)).contains("Marcus Delane");
        var player = extract("Two people were shot on Main Street.\n\n"
                + "AP 4 of 12 CLOSE Skip in Skip x Embed x Share OLATHE POLICE SHOOTING Mayor: City must heal | 2:04 Police say "
                + "Marcus Delane was shot and killed in Olathe");
        assertThat(victims(player)).doesNotContain("Marcus Delane");
    }

    @Test
    void aVictimOfAnotherDayIsAnEarlierIncident() {
        var e = extract("Tomas Varga was shot and killed on Main Street on Saturday, March 1.\n\n"
                + "Darnel Okoro, 30, was shot and killed during a robbery on Elm Street on Jan. 20.");
        assertThat(victims(e)).contains("Tomas Varga").doesNotContain("Darnel Okoro");
    }

    @Test
    void aPersonFirstNamedInASentenceOfAnotherDayIsOfThatIncident() {
        var e = extract("Tomas Varga, 17, was shot and killed outside a restaurant on Saturday, March 1.\n\n"
                + "His mother said the shooting was meant for the man who shot and killed Zhivago Harlan on Jan. 20.\n\n"
                + "Police said Harlan was shot in the chest outside his home.");
        assertThat(victims(e)).contains("Tomas Varga").doesNotContain("Zhivago Harlan", "Harlan");
    }

    @Test
    void theIncidentsDayAsAPossessiveDatesNothing() {
        var e = extract("Tomas Varga, 17, was shot and killed outside a restaurant on Saturday, March 1.\n\n"
                + "On Feb. 6, 2-year-old Darnel Okoro was shot in a drive-by on Elm Street, only blocks from Saturday's scene.");
        assertThat(victims(e)).contains("Tomas Varga").doesNotContain("Darnel Okoro");
    }

    @Test
    void aRoleResolvedToAVictimOfAnotherDayDatesNothing() {
        var e = extract("A rapper survived a shooting that left a teenager dead on Saturday, March 1, and was unscathed when a bullet "
                + "intended for him killed a photographer waiting for a bus instead, police have said.\n\n"
                + "Tomas Varga, 17, was shot and killed outside a restaurant on Saturday, March 1.\n\n"
                + "On Jan. 20, photographer Darnel Okoro was killed by a stray bullet on Elm Street.");
        assertThat(victims(e)).contains("Tomas Varga").doesNotContain("Darnel Okoro");
    }

    @Test
    void ageInWordsAndAPhraseWithOfBeforeTheNames() {
        var e = extract("Three men were shot outside a bar on Friday.\n\nTwo of those men, Corbin Lasko and Dewitt Amari, later died.\n\n"
                + "Twenty-one-year-old Ronan Pell and 32-year-old Tavia Morrow were shot to death at a party.");
        assertThat(victims(e)).contains("Corbin Lasko", "Dewitt Amari", "Ronan Pell", "Tavia Morrow");
        assertThat(fates(e, "Corbin Lasko")).contains("killed");
    }

    @Test
    void identifiedThemAndOneOfThoseGunnedDown() {
        var e = extract("Three victims of a nightclub shooting have been named.\n\nThe coroner has identified them as 36-year-old Orrin Vasko, "
                + "30-year-old Kellan Drummond and 32-year-old Jerold Amsel.\n\n"
                + "Police said Tobin Marsh, 19, was one of the young men gunned down in the 800 block of Elm St.");
        assertThat(victims(e)).contains("Orrin Vasko", "Kellan Drummond", "Jerold Amsel", "Tobin Marsh");
    }

    @Test
    void homeTownsWithStatesAndRelationsInALongList() {
        var e = extract("Three people were shot at a party on Friday.\n\n"
                + "The coroner identified the victims as Dewan Tillis, 21, of Summerville, SC; Jarell Hobbs, 28, of Ladson, SC; "
                + "and Sandra Gale Bennick, 22, of Summerville, SC.\n\n"
                + "The victims were Aldo Brisk, 28, of Fishers, Dontell Hanes, 23, of Carmel, and Reid Fallow, 26, of Noblesville.");
        assertThat(victims(e)).contains("Dewan Tillis", "Jarell Hobbs", "Sandra Gale Bennick", "Aldo Brisk", "Dontell Hanes", "Reid Fallow");
    }

    @Test
    void relativesInAppositionAndASecondClause() {
        var e = extract("A girl was killed on Mogul Street on Thursday.\n\n"
                + "Four other people were injured in the shooting, including Mira's 47-year-old father, Dennis Wolcott, "
                + "and 40-year-old mother, Freda Tane.\n\n"
                + "16-year-old Kristof Palmer of Buffalo was pronounced dead and 16-year-old Terrence Lockard of Amherst was treated "
                + "and released from the hospital.");
        assertThat(victims(e)).contains("Dennis Wolcott", "Freda Tane", "Kristof Palmer", "Terrence Lockard").doesNotContain("Mira");
        assertThat(fates(e, "Terrence Lockard")).containsOnly("injured");
    }

    @Test
    void aTownBeforeTheHeadNounOfTheNamesBetweenDashes() {
        var e = extract("Four people were shot at a party on Saturday.\n\n"
                + "Four Smithfield residents – Elias Sandoval, Charise Jonas, Cedric Merchin and Felicity Jonas – were being treated "
                + "at a local hospital for serious injuries.");
        assertThat(victims(e)).contains("Elias Sandoval", "Charise Jonas", "Cedric Merchin", "Felicity Jonas");
    }

    @Test
    void aRelativeClauseWhileAndADescribedNameFound() {
        var e = extract("Four people were shot outside a drug store on Friday.\n\n"
                + "Alexia Wilton, 45, and Janet Clover, 46, who work at the drug store, were injured in the shooting.\n\n"
                + "Demetrius Daley, 19, died at the hospital, while Jimmy McCrane, Lamar Bradshaw, and Dominick Kingsley all suffered "
                + "nonlife threatening injuries.\n\n"
                + "Police found Richmond resident Chrisean Nolley with multiple gunshot wounds in the parking lot.");
        assertThat(victims(e)).contains("Alexia Wilton", "Janet Clover", "Jimmy McCrane", "Lamar Bradshaw", "Dominick Kingsley", "Chrisean Nolley");
        assertThat(fates(e, "Lamar Bradshaw")).contains("injured");
    }

    @Test
    void identitiesAfterAColonAndAnAgedNameInApposition() {
        var e = extract("Two men were killed and three others were injured on Friday.\n\n"
                + "Authorities have now released the identities of the men killed in the shooting: 26-year-old Darnell McElwee "
                + "and 38-year-old Steven McElwee.\n\n"
                + "The fourth victim, a 20-year-old Rashad Cobham also suffered non-life threatening injuries.\n\n"
                + "Police said the final victim, 19-year-old Mirabel Kingsley, was treated at a hospital and released.");
        assertThat(victims(e)).contains("Darnell McElwee", "Steven McElwee", "Rashad Cobham", "Mirabel Kingsley");
        assertThat(fates(e, "Steven McElwee")).contains("killed");
    }

    @Test
    void theWomanWhoWasGrazedAndAYoungSon() {
        var e = extract("Two people were shot at a motel on Friday.\n\n"
                + "Police confirm that Tasha Burnley was the woman who was grazed in the head.\n\n"
                + "The coroner identified the victims as Annika Rubio, 34, and her young son Elian Rubio.\n\n"
                + "Marko Pelletier, 30, was found bleeding heavily from his upper thigh.");
        assertThat(victims(e)).contains("Tasha Burnley", "Annika Rubio", "Elian Rubio", "Marko Pelletier");
    }

    @Test
    void aTownAfterOfIsNotTheVictim() {
        var e = extract("A 20-year-old man, Veron Blakely of Maple Heights, was shot several times and died at a hospital.\n\n"
                + "The mother of Janelle Ruston was shot in the arm on Friday.");
        assertThat(victims(e)).contains("Veron Blakely").doesNotContain("Maple Heights", "Janelle Ruston");
    }

    @Test
    void identifiedAFatalityAChildOfMonthsAndAHyphenatedAgeCountsAsOneWord() {
        var e = extract("Three people were killed in shootings on Friday.\n\n"
                + "The county coroner on Sunday identified the fatality as 18-year-old Dejan Gladwell.\n\n"
                + "Police identified the child who died as 11-month-old Tedrick Willis, according to a report.\n\n"
                + "The coroner's office has identified the 14-year-old male killed in the 900 block of North Rockton Ave. as Jamal Crawfield.");
        assertThat(victims(e)).contains("Dejan Gladwell", "Tedrick Willis", "Jamal Crawfield");
    }

    @Test
    void aSubjectAfterADatelineAndANameThatIsGiven() {
        var e = extract("Family members mourn shooting of Knoxville teen KNOXVILLE (WKXT) – 17-year-old Caleb Arnwood was found shot "
                + "multiple times in an alley Sunday morning.\n\n"
                + "A boy was shot by his sister on Friday. The boy's parents tell us his name was Gregory Hindle.");
        assertThat(victims(e)).contains("Caleb Arnwood", "Gregory Hindle");
    }

    @Test
    void surgeryRecoveryAndAdmission() {
        var e = extract("Three people were shot outside a club on Friday.\n\n"
                + "Derrick Jansen, 38, underwent emergency surgery at the medical center.\n\n"
                + "Payton Esterlin is recovering in a Springfield hospital.\n\n"
                + "Aubrey Amador and Shawn Dunleavy were admitted to the hospital with non-life-threatening injuries.");
        assertThat(victims(e)).contains("Derrick Jansen", "Payton Esterlin", "Aubrey Amador", "Shawn Dunleavy");
        assertThat(fates(e, "Derrick Jansen")).containsOnly("injured");
    }

    @Test
    void aRelativeNamedWithoutAComma() {
        var e = extract("Two people were killed and four wounded outside a club on Sunday.\n\n"
                + "Among the four wounded was Pastor Vernell Gilliam's 20-year-old daughter Verna Gilliam.");
        assertThat(victims(e)).contains("Verna Gilliam").doesNotContain("Vernell Gilliam");
    }

    @Test
    void aRoleNounBeforeANameInAList() {
        var e = extract("Two men were killed at an oil-change shop on Friday.\n\n"
                + "The victims at the shop were identified as employee Thomas Stafford and customer Michael Renwick.");
        assertThat(victims(e)).contains("Thomas Stafford", "Michael Renwick");
    }

    @Test
    void anAdverbInThePredicateAndANameAfterAComma() {
        var e = extract("Three people were shot at a party on Friday.\n\n"
                + "Dorian Fleck, 24, was badly wounded in the ambush.\n\n"
                + "His son, Marlon Teague, 8, was also found wounded by a gunshot.\n\n"
                + "The family's lawyer, Dana Fiskell, told reporters the boy was shot twice.");
        assertThat(victims(e)).contains("Dorian Fleck", "Marlon Teague").doesNotContain("Dana Fiskell");
        assertThat(fates(e, "Dorian Fleck")).containsOnly("injured");
    }

    @Test
    void foundSomewhereWithAWoundAndLeftDead() {
        var e = extract("Two men were shot on Elm Street on Saturday.\n\n"
                + "Officers found Peyton Galloway, 18, inside an apartment with a gunshot wound to his head.\n\n"
                + "The argument spilled outside, leaving Duncan Marsh, 29, dead and two women wounded.");
        assertThat(victims(e)).contains("Peyton Galloway", "Duncan Marsh");
        assertThat(fates(e, "Duncan Marsh")).containsOnly("killed");
    }

    @Test
    void namesBeforeTheirIdentificationSurvivorsAndAnAgeAfterTheCopula() {
        var e = extract("Three men were found dead in a motor home on Sunday.\n\n"
                + "Jon Morrow, Caleb Bixby and Ted Langford have been identified as the victims by the sheriff's office.\n\n"
                + "A second shooting on Monday wounded three people. The survivors are Ayde Ramos, age 36, and Anquel Ortiz, age 8.\n\n"
                + "Police say the boy injured in the shooting is 2-year-old Jeremiah Holt.");
        assertThat(victims(e)).contains("Jon Morrow", "Caleb Bixby", "Ted Langford", "Ayde Ramos", "Anquel Ortiz", "Jeremiah Holt");
        assertThat(fates(e, "Anquel Ortiz")).containsOnly("injured");
    }

    @Test
    void aRelativeInAppositionToTheObjectAndARemarkInsideAList() {
        var e = extract("Three people were shot in a home on Friday.\n\n"
                + "Police said the gunman walked inside, fatally shooting his ex-wife, 33-year-old Loretta Ambrose.\n\n"
                + "Police identified those wounded as Nathan Welles, 29, of Dunmore, who was hit seven times; Arthur Grange, 25; and Kahlil Busch.");
        assertThat(victims(e)).contains("Loretta Ambrose", "Arthur Grange", "Kahlil Busch");
        assertThat(fates(e, "Loretta Ambrose")).contains("killed");
    }

    @Test
    void diedInAJoinedClauseOneOfTheDeadAndTheMurderedGirlWas() {
        var e = extract("Four people were killed in a house on Saturday.\n\n"
                + "Talon K. Breaux, 15, was taken off life support Thursday afternoon and died.\n\n"
                + "Police say Ethan Rowe was in a relationship with Glenna Harwell, one of the four people killed in the house.\n\n"
                + "Relatives say the girl murdered by gang members was 15-year-old Genevieve Cordero.");
        assertThat(victims(e)).contains("Talon K. Breaux", "Glenna Harwell", "Genevieve Cordero").doesNotContain("Ethan Rowe");
        assertThat(fates(e, "Talon K. Breaux")).contains("killed");
    }

    @Test
    void theShooterIsNotTheManHeShotNorAreTheArrestedAListOfVictims() {
        var e = extract("A man was shot in the leg on Saturday.\n\n"
                + "Austin Wilder, 23, told deputies that his friend Grady Simmons, also 23, had shot him in the leg by accident.\n\n"
                + "Three arrests were made in connection with Amir's death: Michael Tolbert, 19, Dravon Duke, 19, and Maxwell Trevan, 18.\n\n"
                + "Police said the shot went into the chest of Willem Pagett, 16, killing him.");
        assertThat(victims(e)).doesNotContain("Grady Simmons", "Michael Tolbert", "Dravon Duke", "Maxwell Trevan");
    }

    @Test
    void thePeopleGunfireStruck() {
        var e = extract("Four men were wounded at a house on Copper Street on Friday.\n\n"
                + "Gunfire struck Dennis Milford and three others — Dishon Glanton, 21; Quentin Jonas, 22; and Craig Calloway, 23.");
        assertThat(victims(e)).contains("Dishon Glanton", "Quentin Jonas", "Craig Calloway");
    }

    @Test
    void aSubjectAfterAnAbbreviationThatRanTheSentencesTogether() {
        var e = extract("A man was killed and three women were hurt on Sunday.\n\n"
                + "Police also found three women with injuries at 95 Van Dalen Ave. Nina Grove, 32, had a gunshot wound to an arm.\n\n"
                + "Sgt. Trent Crowley said a woman was shot.");
        assertThat(victims(e)).contains("Nina Grove").doesNotContain("Trent Crowley");
    }

    @Test
    void aRelativeOfAPossessorTheTaggerDidNotReadAsAPerson() {
        var e = extract("A girl was killed on Mogul Street on Thursday.\n\n"
                + "Four other people were injured in the shooting, including Amiracle's 47-year-old father, Dennis Wolcott, "
                + "and 40-year-old mother, Freda Tane.\n\n"
                + "Smith's 14-year-old son, Storm Malone, and a 17-year-old family friend, Dasmine Mitchell, were shot.");
        assertThat(victims(e)).contains("Dennis Wolcott", "Freda Tane", "Storm Malone", "Dasmine Mitchell").doesNotContain("Amiracle", "Smith");
    }

    @Test
    void aNameAfterTheNounVictim() {
        var e = extract("Four people were shot on Dwight Street on Monday.\n\n"
                + "Shooting victim Delia Jonas is removed from the scene.\n\n"
                + "The mother of victim Latisha Kemp, 18, said her daughter was in the lobby.");
        assertThat(victims(e)).contains("Delia Jonas", "Latisha Kemp");
    }

    @Test
    void relativesCountedOrAgedWithoutTheirNoun() {
        var e = extract("Police said Lyle Barrow, 35, Amanda Moritz, 29, and their two children, 7-year-old Brandon Barrow and "
                + "4-year-old Brian Barrow, died after the shooting.\n\n"
                + "The chief identified the dead as 33-year-old Jonathan Stiffel, of Neenah, his 11-year-old Olivia Stiffel and "
                + "31-year-old Adam Bendahl of Appleton.\n\n"
                + "Authorities identified the victims as Greg Griegos, 51, his wife Sara Griegos, 40, and three of their children: "
                + "a 9-year-old boy, Zephan Griegos, and daughters Jael Griegos, 5, and Angela Griegos, 2.");
        assertThat(victims(e)).contains("Amanda Moritz", "Brandon Barrow", "Olivia Stiffel", "Adam Bendahl", "Zephan Griegos",
                "Jael Griegos", "Angela Griegos");
    }

    @Test
    void remarksAndUnnamedPeopleInsideAList() {
        var e = extract("The gunshot victims were all Brooklyn males: William Holmes and Jayquan Willis, both 16 and shot in the foot; "
                + "Giovanie Mayer, 18, shot in the toe, and Devon Jameson, 18, shot in the thigh; and Sharise Randle, 19, shot in the thigh, "
                + "cops said.\n\n"
                + "Daquez Palmer, Joseph Ramos, Quesean Browne, and the juvenile female, all of York, were taken to York Hospital for treatment.\n\n"
                + "Belinda Galdo and Beatrice Dotsen, a mother and daughter, both died in the cosmetics section of the store.");
        assertThat(victims(e)).contains("Giovanie Mayer", "Devon Jameson", "Sharise Randle", "Jayquan Willis", "Daquez Palmer",
                "Joseph Ramos", "Quesean Browne", "Belinda Galdo", "Beatrice Dotsen");
    }

    @Test
    void shootingToDeathAndPronouncedWithAnAge() {
        var e = extract("He is suspected of shooting to death his daughters Mackenzie Parkes, 8, and Haylee Parkes, 5, before turning "
                + "the gun on himself.\n\nAuthorities pronounced 35-year-old Shaheer Parsons dead at the scene.");
        assertThat(victims(e)).contains("Mackenzie Parkes", "Haylee Parkes", "Shaheer Parsons");
        assertThat(fates(e, "Haylee Parkes")).contains("killed");
    }

    @Test
    void relationsCompoundAfterAColonAndInApposition() {
        var e = extract("Also dead were Williams' son and daughter — Brodie Willis, 4, and Marley Willis, 2.\n\n"
                + "He shot and wounded two other children, who are in critical condition: Andrews' 15-year-old daughter, Demesha Owen, "
                + "and Brown's 7-year-old daughter, Jada Browning.\n\n"
                + "His mother's boyfriend, 22-year-old Brandon Jimenes, who was stationed at Fort Campbell, was also shot.\n\n"
                + "Martin says the woman who was shot is her sister, 26-year-old Rachael Quesenbery.");
        assertThat(victims(e)).contains("Brodie Willis", "Marley Willis", "Demesha Owen", "Jada Browning", "Brandon Jimenes",
                "Rachael Quesenbery");
    }

    @Test
    void captionsRemarksAndUnnamedOthersInsideAList() {
        var e = extract("Felicidad Legazpi, left, and Oliver Legazpi, right, were shot to death in Salinas.\n\n"
                + "Agustin Figuereo, 67, and another man in his 80s were killed.\n\n"
                + "Victims were Tramarceia Ruffin, 22; Mary Davies, Trevonte Carver and Shontae Armstead, ages not available; "
                + "Gerod Warde, 18; and Oshaye Collin, 21.\n\n"
                + "Lucas Fickett's mother, 70-year-old Lynda Fickett, with whom the suspect lived, and his recent girlfriend, "
                + "23-year-old Nicole Biewer of Azusa, were pronounced dead at the scene.");
        assertThat(victims(e)).contains("Felicidad Legazpi", "Oliver Legazpi", "Agustin Figuereo", "Gerod Warde", "Oshaye Collin",
                "Lynda Fickett", "Nicole Biewer");
    }

    @Test
    void identifiedAsTheManWhoWasPronouncedDead() {
        var e = extract("The Medical Examiner's Office identified Ismael Morena, 31, as the man who was pronounced dead with gunshot wounds "
                + "at the scene of the shooting on Friday night.");
        assertThat(victims(e)).contains("Ismael Morena");
        assertThat(fates(e, "Ismael Morena")).contains("killed");
    }

    @Test
    void descriptorsParenthesesAndTheOthers() {
        var e = extract("Eight members of one family were shot dead in Pike County on Friday.\n\n"
                + "The eight victims have been identified as: recent-father and husband-to-be Frankie Rhodes and his 20-year-old "
                + "fiancee Hannah Gilroy; grandmother-to-be Dana Lynn Rhodes, 37.\n\n"
                + "Gary Rhodes (pictured above in an undated photograph), 38, was named as one of eight family members killed.\n\n"
                + "The other three are 40-year-old Chris Rhodes, 38-year-old Garrett Rhodes and 44-year-old Kenneth Rhodes.");
        assertThat(victims(e)).contains("Frankie Rhodes", "Hannah Gilroy", "Dana Lynn Rhodes", "Gary Rhodes", "Chris Rhodes",
                "Garrett Rhodes", "Kenneth Rhodes");
    }

    @Test
    void othersJoinedToAListAndVictimsDescribedBeforeTheirNames() {
        var e = extract("Stephen Stanley and Katie Stanley, along with four juvenile victims were killed during the confrontation.\n\n"
                + "Officers located 2 victims suffering from non-life threatening injuries, a 19-year-old Demonya Battles and an "
                + "18-year-old Joshua Woodroof.");
        assertThat(victims(e)).contains("Stephen Stanley", "Katie Stanley", "Demonya Battles", "Joshua Woodroof");
        assertThat(fates(e, "Joshua Woodroof")).contains("injured");
    }

    @Test
    void theCountedPeopleNamedAfterACopula() {
        var e = extract("Family members said the slain mother is Latina Herron, 35, and the two boys are Brendan and Branden Christie.");
        assertThat(victims(e)).contains("Brendan Christie", "Branden Christie");
        assertThat(fates(e, "Branden Christie")).contains("killed");
    }

    @Test
    void peopleTakenIntoCustodyAreNoVictims() {
        var e = extract("A man was found shot in a house on Elm Road on Friday.\n\n"
                + "Bran Hagerman and Diana Lunch were taken to the Sheriff's Department where they were questioned and later released.\n\n"
                + "Torrey Vance and Mila Ocho were taken to the hospital with gunshot wounds.");
        assertThat(victims(e)).contains("Torrey Vance", "Mila Ocho").doesNotContain("Bran Hagerman", "Diana Lunch");
    }

    @Test
    void aNameThatOpensAClauseOfItsOwnIsNoApposition() {
        var e = extract("A man was shot dead at a bar on Sunday.\n\n"
                + "Whomever shot her son, Cassia Norden is ready to forgive them.\n\n"
                + "Deputies are investigating a shooting with multiple victims, Sheriff Dale Arno will have an update in the morning.\n\n"
                + "The victim, Karel Hilm, would have turned 8 at the end of the month.");
        assertThat(victims(e)).contains("Karel Hilm").doesNotContain("Cassia Norden", "Dale Arno", "Sheriff Dale Arno");
    }

    @Test
    void someoneWhoIdentifiesHerselfIsNoVictim() {
        var e = extract("A teenage girl was shot in the basement of a home on Friday.\n\n"
                + "A frantic woman who identified herself as Ebony Jasper, the home's owner, arrived about a half hour after the shooting.");
        assertThat(victims(e)).doesNotContain("Ebony Jasper");
    }

    @Test
    void theAttributionClosingAListIsNoName() {
        var e = extract("A man was found shot in a condominium on Friday.\n\n"
                + "Leonard Lopes, 58, faces a manslaughter charge in the death of John McLane, 53, Sgt. Manny Hernando said.");
        assertThat(victims(e)).contains("John McLane").doesNotContain("Manny Hernando", "Sgt. Manny Hernando");
    }

    @Test
    void namesWithoutHarmBeforeTheColonAreNoVictims() {
        var e = extract("Forty-nine people were killed at a nightclub on Sunday.\n\n"
                + "Five days later, Marten finally learned the names of the two men he credits with saving his life: Christoph Hanson and Carlo Rosado.\n\n"
                + "Police released the identities of the men killed in the shooting: Aldo Brenner and Mick Toller.");
        assertThat(victims(e)).contains("Aldo Brenner", "Mick Toller").doesNotContain("Christoph Hanson", "Carlo Rosado");
    }

    @Test
    void includingAfterRelativesOrHelpersNamesNoVictim() {
        var e = extract("Two men were shot near a bus stop on Sunday.\n\n"
                + "After the shooting, dozens of family members and friends of the victims, including Shavonda Wilkes, gathered near the hospital.\n\n"
                + "Some who responded are being hailed as heroes, including Nicolas Latour.\n\n"
                + "Four people were wounded, including Dana Pruitt.");
        assertThat(victims(e)).contains("Dana Pruitt").doesNotContain("Shavonda Wilkes", "Nicolas Latour");
    }

    @Test
    void someoneBesideTheVictimIdentifiedAsIsNoVictim() {
        var e = extract("A 16-year-old girl was shot and killed in a basement on Friday.\n\n"
                + "She was visiting her 19-year-old boyfriend, identified in court documents as Brandt Jacobs, at his home when the shooting occurred.\n\n"
                + "Her cousin, identified as Mara Doyle, was also wounded.");
        assertThat(victims(e)).doesNotContain("Brandt Jacobs");
    }
}
