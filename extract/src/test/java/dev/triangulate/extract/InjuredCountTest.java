package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How many were injured, over real CoreNLP annotations of sentences written for these tests. */
class InjuredCountTest {
    static ExtractedArticle extract(String title, String body) {
        return RealAnalysis.extract(title, body, "2030-04-10T18:00:00Z");
    }

    static List<String> counts(ExtractedArticle e, Slot slot) {
        return e.claims().stream().filter(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == slot).map(Claim::value).toList();
    }

    @Test
    void noOneElseHurtIsNoZero() {
        var e = extract("Accidental shooting at range", "An employee accidentally shot himself in the hand at the range on Tuesday. "
                + "No one else was injured.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void someoneHurtBesideTheDeadIsAnotherPerson() {
        var e = extract("Shooting on Main Street", "A man was killed and a woman was injured in a shooting on Main Street on Tuesday.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // without the killing beside it, a man shot who died is one person
        var same = extract("Shooting on Main Street", "A man was shot on Main Street on Tuesday. John Parker died at a hospital.");
        assertThat(counts(same, Slot.INJURED)).isEmpty();
    }

    @Test
    void anUnnamedPersonShotBesideANamedDeathIsTheDead() {
        // "the teen" is Marla; "another man" is one more person
        var e = extract("Shooting on Elm Street", "In the apartment upstairs, 17-year-old Marla Quentin died from a gunshot wound "
                + "to the head. Police said it appeared the teen was shot once. Another man was shot in the leg.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aHeadlineCountAfterAmongOrBeforeIncluding() {
        String body = "The shooting happened on Elm Street late Tuesday, police said.";
        assertThat(counts(extract("Toddler among 4 shot in drive-by on Elm Street", body), Slot.INJURED)).containsExactly("4");
        assertThat(counts(extract("Three shot, including 6-year-old boy, in Riverside", body), Slot.INJURED)).containsExactly("3");
        assertThat(counts(extract("Police: 4 hit in shooting; suspects sought", body), Slot.INJURED)).containsExactly("4");
    }

    @Test
    void allAfterTheAuxiliary() {
        var e = extract("Drive-by in Riverside", "Four people were all injured following a shooting in Riverside on Tuesday evening.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("4");
    }

    @Test
    void alsoFoundWoundedAndAnotherByAge() {
        var found = extract("Father and son found at home", "Officers went to the home on Thursday. His son, Tobin Marsh, 8, was also "
                + "found wounded by a gunshot.");
        assertThat(counts(found, Slot.INJURED)).containsExactly("1");
        var another = extract("Girl killed at home", "The gun fired on Sunday afternoon. Another 5-year-old was hurt and Elsie Brant "
                + "was killed.");
        assertThat(counts(another, Slot.INJURED)).containsExactly("1");
        assertThat(counts(another, Slot.KILLED)).containsExactly("1");
    }

    @Test
    void aCountOfSeveralShootingsIsARoundup() {
        var e = extract("Man wounded on Oak Street", "A 30-year-old man was shot in the leg on Oak Street on Friday night. Nine other "
                + "people were wounded in shootings across the city over the weekend, police said.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("2 dead, 14 wounded in weekend shootings", "Police gave no details on Monday."), Slot.INJURED)).isEmpty();
        // one shooting's count stands
        assertThat(counts(extract("Four wounded in shooting at a park", "Police gave no details on Monday."), Slot.INJURED))
                .containsExactly("4");
    }

    @Test
    void aCountOverANumberOfShootingsOrASpanOfHoursIsARoundup() {
        var e = extract("Man wounded on Oak Street", "A 30-year-old man was shot in the leg on Oak Street on Friday night. "
                + "Three shootings left six people wounded over the course of the night, police said.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        var hours = extract("Man wounded on Oak Street", "A 30-year-old man was shot in the leg on Oak Street on Friday night. "
                + "Twelve people, including two children, were shot in Chicago in about ten hours.");
        assertThat(counts(hours, Slot.INJURED)).containsExactly("1");
        var night = extract("Violent night in Cincinnati leaves one dead, nine others wounded", "A 30-year-old man was shot in the leg on Oak Street.");
        assertThat(counts(night, Slot.INJURED)).doesNotContain("9");
        // a time from the event is no span: the count stands
        var later = extract("Woman hurt in drive-by", "A little over a week later, Clark was one of four injured in a drive-by shooting.");
        assertThat(counts(later, Slot.INJURED)).contains("4");
    }

    @Test
    void theDeadOfANumberOfShootingsAreARoundupsToo() {
        var e = extract("Man killed on Oak Street", "A 30-year-old man was shot and killed on Oak Street on Friday night. "
                + "Three overnight shootings left four people dead, police said.");
        assertThat(counts(e, Slot.KILLED)).doesNotContain("4");
    }

    @Test
    void agesAndMeasuresInTheSubjectAreNoCountOfPeople() {
        var range = extract("Women shot", "Four women, ranging in age from 31 to 40, were shot Saturday evening on West Broadway.");
        assertThat(counts(range, Slot.INJURED)).doesNotContain("40", "39");
        var list = extract("Men shot", "Two men, ages 26 and 27, were shot once in the right foot on Elm Street on Saturday.");
        assertThat(counts(list, Slot.INJURED)).doesNotContain("27", "26");
        var gun = extract("Boy dies after shooting himself", "A boy died Saturday after he shot himself at his home. "
                + "The report states the 9 mm gun Christopher shot himself with was reported stolen.");
        assertThat(counts(gun, Slot.INJURED)).doesNotContain("8", "9");
    }

    @Test
    void aCountBeforeARelativeClauseOfTheHurt() {
        var e = extract("Two found dead in home", "Deputies found two people dead and two more who were injured inside a home "
                + "on Briarwood Court on Saturday.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("2");
        // the dead of such a clause stay as they were read
        var dead = extract("Memorial for victims", "Hundreds gathered Sunday to remember the three people who were killed.");
        assertThat(counts(dead, Slot.KILLED)).doesNotContain("3");
    }

    @Test
    void aGroupListedAfterTheCountOfAVerb() {
        var e = extract("Drive-by shooting", "Police are looking for the people responsible for a drive-by shooting that injured "
                + "three adults and an 11-year-old child on Tuesday.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("4");
    }

    @Test
    void theWholeOfAPartitiveCount() {
        var e = extract("Nightclub shooting", "Officers are investigating a shooting at a nightclub early Sunday. "
                + "We are told of the four people shot, two of them had serious injuries.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("4");
    }

    @Test
    void aCountOfTeens() {
        // the lemmatizer keeps "teens" plural
        var e = extract("Shooting near a park", "RIVERSIDE – Two teens were wounded in a shooting on Tuesday night near a park, "
                + "police said.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("2");
    }

    @Test
    void aPlaceTheTaggerTookForAPersonIsNobodyShot() {
        var e = extract("Toddler killed in Clarksville", "Joseph Banks, 2, was killed on Sunday. The boy, who lived at Fort Campbell, "
                + "was shot in the head.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void aCountHospitalized() {
        var e = extract("One dead, one hospitalized in Riverside shooting", "Police gave no details on Monday.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aCountOfPeopleWithWounds() {
        var e = extract("Shooting in Lansdowne", "Officers were called to an apartment on Saturday night, where they found two men "
                + "with gunshot wounds.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("2");
        Claim c = e.claims().stream().filter(x -> x.slot() == Slot.INJURED).findFirst().orElseThrow();
        assertThat(c.evidence().span()).startsWith("two men with").contains("gunshot");
        var suffered = extract("Shooting at a club", "Two men suffered non-life-threatening injuries in a shooting at a club on Friday.");
        assertThat(counts(suffered, Slot.INJURED)).containsExactly("2");
        // only when the article gives no count of its own
        var stated = extract("Shooting at a park", "Two people are dead and four people are wounded after a shooting at a park on Tuesday. "
                + "Officers found two men with gunshot wounds near the entrance.");
        assertThat(counts(stated, Slot.INJURED)).containsExactly("4");
    }

    @Test
    void aPersonAfterADateline() {
        var e = extract("Man hurt", "LAWRENCEBURG, Ky. (WXYZ 18) - A Lawrenceburg man is in critical condition after what police "
                + "are calling an accidental shooting.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void grazedStruckByABulletFoundOrTakenWithAWound() {
        assertThat(counts(extract("Girl grazed", "Police are investigating after an 11-year-old girl was grazed by a bullet "
                + "on Wednesday night."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Boy hurt", "A boy was struck by a stray bullet while he slept on Sunday night."), Slot.INJURED))
                .containsExactly("1");
        assertThat(counts(extract("Juvenile hurt", "Police are investigating after a juvenile was found with a gunshot wound "
                + "along Gunbow Court on Monday."), Slot.INJURED)).containsExactly("1");
        // struck by a car is no shooting victim
        assertThat(counts(extract("Crash", "A boy was struck by a car on Main Street on Sunday."), Slot.INJURED)).isEmpty();
    }

    @Test
    void countsOfPeopleShot() {
        assertThat(counts(extract("5 shot on west side, suspects still at large", "Police are looking for the suspects."), Slot.INJURED))
                .containsExactly("5");
        assertThat(counts(extract("Shooting after a vigil", "Four people, including an 11-year-old, were shot at the end of a vigil "
                + "late Thursday."), Slot.INJURED)).containsExactly("4");
        assertThat(counts(extract("Home invasion", "Police are looking for two men who shot four people during a home invasion "
                + "on Tuesday."), Slot.INJURED)).containsExactly("4");
    }

    @Test
    void aPersonNamedByAgeAlone() {
        assertThat(counts(extract("16-year-old in critical condition after east side shooting", "Police are looking for a suspect."),
                Slot.INJURED)).containsExactly("1");
        var e = extract("Shooting on west side", "A 14 year old boy is killed and a 17 year old is wounded after they are shot at "
                + "on the west side on Tuesday.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void theDeadNamedLaterAreNoInjured() {
        var e = extract("Teen dies after accidental shooting", "Officers responded to a shooting shortly after 8 p.m. on Tuesday "
                + "and found Luis Ramirez suffering from a gunshot wound.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void onePersonNamedInParts() {
        var e = extract("Man dies after shooting at a party", "Deputies found that Carl Whitmore had been shot at a party on Friday. "
                + "Whitmore died at a hospital on Saturday.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
        var first = extract("Boy dies after shooting", "Police said Tavian was shot in the chest on Friday. "
                + "The coroner said Tavian Brooks died on Saturday.");
        assertThat(counts(first, Slot.KILLED)).containsExactly("1");
        assertThat(counts(first, Slot.INJURED)).isEmpty();
        // two people who share a surname stay two
        var two = extract("Couple shot", "Maria Ellison was killed and Robert Ellison was wounded in a shooting on Friday.");
        assertThat(counts(two, Slot.KILLED)).containsExactly("1");
        assertThat(counts(two, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void pronouncedDeadIsADeath() {
        var e = extract("Shooting at an apartment", "Officers found a man with a gunshot wound on Friday. "
                + "Paramedics pronounced the man dead at the scene.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void conditionsSaidAnywhere() {
        // no event verb in the sentence, two adjectives, a hospital between person and condition
        assertThat(counts(extract("Shooting on Elm Street", "Police responded to Elm Street on Monday after a report of gunfire. "
                + "Marisol Vega is in critical but stable condition."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Accidental shooting", "Deputies responded to a home on Monday after a report of gunfire. "
                + "The girl is still in the hospital in stable condition."), Slot.INJURED)).containsExactly("1");
    }

    @Test
    void gotShotAndMoreKinsfolk() {
        assertThat(counts(extract("Investigation on Pine Road", "Deputies are trying to find out how a young child got shot "
                + "on Friday afternoon."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Investigation on Pine Road", "Deputies arrested a man after his stepdaughter was accidentally "
                + "shot on Friday."), Slot.INJURED)).containsExactly("1");
    }

    @Test
    void peopleJoinedByAnd() {
        assertThat(counts(extract("Shooting on Oak Avenue", "A 4-year-old girl and a woman were shot on Oak Avenue on Friday night."),
                Slot.INJURED)).containsExactly("2");
        // an apposition is the same person, and a new clause is not a list of people
        assertThat(counts(extract("Boy recovering", "A 12-year-old boy, Devin Marsh, who was accidentally shot on Friday, is "
                + "expected to recover."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Boy hurt", "The gun was left within reach of the child and he accidentally shot himself on Sunday."),
                Slot.INJURED)).containsExactly("1");
    }

    @Test
    void headlineParticiplesTheTaggerTakesForNouns() {
        // "shot" after a person in a headline is tagged as a noun, "Juvenile" as an adjective
        assertThat(counts(extract("12-year-old boy shot in foot in Lakeview", "Police are looking for a suspect."), Slot.INJURED))
                .containsExactly("1");
        assertThat(counts(extract("Juvenile shot on the Eastside", "Police are looking for a suspect."), Slot.INJURED))
                .containsExactly("1");
        // an age set off by commas between the person and the participle
        assertThat(counts(extract("Boy, 5, wounded in accidental shooting in Dunmore, police say", "Police are looking into it."),
                Slot.INJURED)).containsExactly("1");
        // hospitalized: hit, and not said to have died
        assertThat(counts(extract("Dunmore girl, 8, hospitalized after accidental shooting", "Police are looking into it."),
                Slot.INJURED)).containsExactly("1");
        // a noun after "shot" is no participle
        assertThat(counts(extract("Boy shot clock rules change", "The league announced new rules."), Slot.INJURED)).isEmpty();
    }

    @Test
    void peopleWhoShotThemselves() {
        assertThat(counts(extract("Marlow County boy, 6, shoots self in leg with father's handgun", "Deputies are investigating."),
                Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Hunting accident", "A hunter accidentally shot his own foot while climbing into a tree stand "
                + "on Saturday."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Range accident", "A deputy was taken to a hospital after accidentally shooting his left hand "
                + "at the range on Monday."), Slot.INJURED)).containsExactly("1");
        // another person is no body part
        assertThat(counts(extract("Range accident", "A deputy accidentally shot his own brother at the range on Monday."), Slot.INJURED))
                .containsExactly("1");
    }

    @Test
    void aGunThatWentOffStrikingSomeone() {
        assertThat(counts(extract("Accident at a home", "Deputies said the handgun went off, striking his 6-year-old sister in the arm "
                + "on Sunday."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Accident at a home", "Police said the rifle discharged and struck a neighbor in the shoulder "
                + "on Sunday."), Slot.INJURED)).containsExactly("1");
        // a car striking someone is no shot
        assertThat(counts(extract("Crash", "The car went off the road, striking a pedestrian on Sunday."), Slot.INJURED)).isEmpty();
    }

    @Test
    void aReflexiveShotAfterALongSubject() {
        assertThat(counts(extract("Traffic stop", "A teenager hiding a pistol in the trunk of an SUV shot himself during a traffic "
                + "stop on Friday."), Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aMultipleShootingCountsThePeopleHit() {
        var e = extract("Teen dies in double shooting", "Officers are investigating a fatal double shooting near Alder Road on Friday "
                + "night. A 16-year-old boy was pronounced dead at the scene.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // the dead the article counts with a number are not among the injured
        assertThat(counts(extract("2 dead in triple shooting on east side", "Police are looking for a suspect."), Slot.INJURED))
                .containsExactly("1");
        // a count that names the people hit comes first
        assertThat(counts(extract("Double shooting on Alder Road", "Three people were shot on Alder Road on Friday night."),
                Slot.INJURED)).containsExactly("3");
    }

    @Test
    void listsInHeadlinesAndInsertedPhrases() {
        // a headline writes a comma for "and"
        assertThat(counts(extract("Woman, 3-year-old boy wounded in shooting", "Police are looking for a suspect."), Slot.INJURED))
                .containsExactly("2");
        // the same two people described again are no more
        assertThat(counts(extract("Girl, woman shot on the north side", "A 6-year-old girl and a 31-year-old woman were shot on "
                + "Friday evening on the north side."), Slot.INJURED)).containsExactly("2");
        // a person between dashes, and a second person without an article
        assertThat(counts(extract("Shooting on Birch Street", "Two people -- including a 2-year-old girl -- were wounded in a "
                + "shooting on Birch Street on Monday night."), Slot.INJURED)).containsExactly("2");
        assertThat(counts(extract("Shooting on Birch Street", "A man and child were injured on Friday during an exchange of gunfire "
                + "on Birch Street."), Slot.INJURED)).containsExactly("2");
    }

    @Test
    void heWhoDiedInTheSameSentenceIsNoOneElse() {
        var e = extract("Teen killed in shooting", "Officers said Marcus Bell suffered a gunshot wound and was rushed to a hospital, "
                + "where he later died.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void struckInABodyPart() {
        assertThat(counts(extract("Accidental shooting on Cedar Lane", "Deputies were called to a home on Cedar Lane on Sunday night. "
                + "The 7-year-old girl was struck in the left leg and is expected to recover."), Slot.INJURED)).containsExactly("1");
        // struck by something else with no place on the body is no shot
        assertThat(counts(extract("Crash on Cedar Lane", "Deputies were called to Cedar Lane on Sunday night. "
                + "The 7-year-old girl was struck as she crossed the road."), Slot.INJURED)).isEmpty();
    }

    @Test
    void arrivingWithAWoundOneOfAGroupAndNoBlockNumber() {
        assertThat(counts(extract("Man hurt in shooting", "Police said a 19-year-old man showed up at a hospital with a gunshot wound "
                + "on Sunday night."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Shooting at a birthday party", "Deputies were called to a birthday party on Saturday. "
                + "One of the children was shot in the arm."), Slot.INJURED)).containsExactly("1");
        // a block number is no count of people
        assertThat(counts(extract("Shooting on Elm Street", "Officers said the 4000 block of Elm Street was shot up overnight."),
                Slot.INJURED)).doesNotContain("4000");
    }

    @Test
    void aDeathJoinedToTheClauseOfTheVictim() {
        var e = extract("Girl hurt while hunting", "Deputies were called to a farm near Elk Road on Sunday morning. "
                + "She was flown to Mercy Hospital with a serious gunshot wound to her chest and later died from her injuries.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
        var support = extract("Boy hurt in accidental shooting", "The boy was taken off life support on Friday and passed away, "
                + "deputies said.");
        assertThat(counts(support, Slot.KILLED)).containsExactly("1");
        assertThat(counts(support, Slot.INJURED)).isEmpty();
    }

    @Test
    void aConditionAfterAnInsertedPhrase() {
        assertThat(counts(extract("Shooting on Oak Street", "Officers were called to Oak Street on Monday night. "
                + "The woman, 31, is in serious condition."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Accidental shooting in Ridgeway", "Troopers were called to a home in Ridgeway on Monday. "
                + "The victim, identified as Marcus Delaney, remains in critical condition."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Ridgeway 4-year-old in critical condition after shooting", "Troopers were called to a home "
                + "in Ridgeway on Monday."), Slot.INJURED)).containsExactly("1");
    }

    @Test
    void mortallyWoundingSomeoneKillsThem() {
        var e = extract("Hunter dies", "The rifle fired as the men crossed a fence near Elk Road on Sunday, mortally wounding Dale Pruitt "
                + "in the chest.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void aParticipleAfterThePeopleItDescribes() {
        var e = extract("Two released from hospital", "A 5-year-old boy and a 30-year-old woman wounded by gunfire on Tuesday night have "
                + "been released from the hospital, police said.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("2");
    }

    @Test
    void anAnimalIsNoPersonHurt() {
        var e = extract("Girl killed in accidental shooting", "The rifle went off on Tuesday, killing a 9-year-old girl and injuring "
                + "one of the family dogs, deputies said.");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void aShooterWhoDiedIsNotThePersonHeHit() {
        var e = extract("Trooper wounded in shootout", "A state trooper was shot in the arm during a traffic stop on Tuesday night. "
                + "Officers returned fire. The suspect was taken to a hospital, where he later died.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // a victim who died is still the one shot
        var same = extract("Man dies after shooting", "A man was shot in the chest on Tuesday night. "
                + "The victim was taken to a hospital, where he later died.");
        assertThat(counts(same, Slot.INJURED)).isEmpty();
    }

    @Test
    void thePersonBeforeAPlace() {
        var e = extract("Two killed on Elm Street", "Ann Fields and Rosa Lind were shot and killed when a man burst into their home on Elm Street "
                + "on Tuesday. Another man in the home was wounded.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void noOneSeriouslyHurtStillHasPeopleHurt() {
        var e = extract("Three wounded outside a bar", "Three men were wounded outside a bar on Pine Street early Sunday. "
                + "No one was seriously injured, police said.");
        assertThat(counts(e, Slot.INJURED)).contains("3").doesNotContain("0");
    }

    @Test
    void noOneHurtElsewhereLeavesThePeopleFoundHurt() {
        // the zero is said of the store; the man shot still counts
        var e = extract("Man shot near store", "A man was shot in the arm outside a corner store on Tuesday night, police said. "
                + "Bullets also struck the store, but no one was injured inside.");
        assertThat(counts(e, Slot.INJURED)).contains("1");
    }

    @Test
    void othersShotBesideTheDeadAreAllHurt() {
        var e = extract("Man killed in shooting on Oak Street", "A man was shot and killed on Oak Street on Friday night. "
                + "Three others were also shot and taken to a hospital, police said.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("3");
        // without "others" the count of people shot includes the dead
        var all = extract("Man killed in shooting on Oak Street", "Three people were shot on Oak Street on Friday night. "
                + "A man was pronounced dead at the scene.");
        assertThat(counts(all, Slot.INJURED)).containsExactly("2");
    }

    @Test
    void groupsListedBeforeACount() {
        var e = extract("Shooting outside a school", "Two teenage girls and two men were wounded outside a school on Friday night.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("4");
        var shot = extract("Shooting outside a school", "A woman and three men were shot outside a school on Friday night.");
        assertThat(counts(shot, Slot.INJURED)).containsExactly("4");
        // a clause before "and" lists nobody
        var clause = extract("Shooting outside a school", "One man was killed and two women were wounded outside a school on Friday night.");
        assertThat(counts(clause, Slot.INJURED)).containsExactly("2");
    }

    @Test
    void aPersonNounTaggedAsAnAdjective() {
        var e = extract("Shooting near a gas station", "A minor was injured in a shooting near a gas station on Sunday morning.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void peopleShootingAreNotShot() {
        var e = extract("Neighbor hurt by stray bullet", "Two brothers were shooting cans in the yard on Sunday when a stray bullet "
                + "struck a neighbor in the leg.");
        assertThat(counts(e, Slot.INJURED)).doesNotContain("2");
    }

    @Test
    void agesAreNoCounts() {
        var list = extract("Shooting at a bar", "Police said two men, 30 and 42 were injured in the shooting at a bar on Friday.");
        assertThat(counts(list, Slot.INJURED)).doesNotContain("42");
        var under = extract("Girl shot in park", "It was the third time this year a girl under age 16 was shot in the park.");
        assertThat(counts(under, Slot.INJURED)).doesNotContain("16");
    }

    @Test
    void aCountDoingItIsNoCountHurt() {
        var e = extract("Toddlers and guns", "The report counted 12 toddlers killed by guns this year, with 18 more injuring themselves.");
        assertThat(counts(e, Slot.INJURED)).doesNotContain("18");
    }

    @Test
    void aRelativeClauseBeforeTheDeath() {
        var e = extract("Hunter killed in accident", "A hunter mistook his friend for a deer on Friday evening. "
                + "The 16-year-old boy who was shot was pronounced dead at the scene.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void aHeadlineCountOfPeopleInTitleCase() {
        var e = extract("Two Juveniles Shot in Accidental Shooting", "The gun went off while they walked in the woods on Sunday.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("2");
    }

    @Test
    void aNumberBeforeThePersonsDeterminerIsNoneOfTheirs() {
        var e = extract("Girl shot in drive-by", "The car was parked on Elm Street on Thursday. Image 2 of 4 A 22-month-old girl was shot "
                + "in the leg on Elm Street.");
        assertThat(counts(e, Slot.INJURED)).doesNotContain("4");
    }

    @Test
    void aNumberOfSeveralTakesNoSingularVerb() {
        var e = extract("Road worker shot", "A man working with a road crew along I-10 was hospitalized on Thursday after a gun he found went off.");
        assertThat(counts(e, Slot.INJURED)).doesNotContain("10");
    }

    @Test
    void nonLifeThreateningInjuriesAfterAnAge() {
        var e = extract("Man hurt by stray bullet", "A bullet from a neighbor's rifle went into the woods on Sunday. "
                + "Dale Horton, 42, suffered non-life threatening injuries to the leg.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aParticipleAfterAndBesideTheDead() {
        var e = extract("Shooting at a home", "Two men were killed and a 12-year-old girl wounded at a home on Elm Street on Monday evening.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void someoneHurtBesideACountOfTheDead() {
        var e = extract("Shooting on Elm Street", "One man is dead and an infant child is injured after a shooting on Elm Street on Friday night. "
                + "Medical personnel pronounced the man dead at the scene.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void anAttemptToKillIsNoKilling() {
        var e = extract("Family wants a harsher charge", "A teen shot a man on Elm Street on Sunday. He attempted to kill this young man, "
                + "the family said.");
        assertThat(counts(e, Slot.KILLED)).isEmpty();
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void thatPersonWasWounded() {
        var e = extract("Gunman opens fire outside a building", "A gunman opened fire on a man standing outside a building on Monday. "
                + "That person was wounded.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void unnamedPeopleOneSentenceTellsApart() {
        var e = extract("Uncle and child hurt", "The uncle was shot in the hand, while the child was shot in the arm, police said on Sunday.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("2");
        // one verb read both ways in a headline is one person hurt
        var headline = extract("Boy shot sister in face by accident", "The girl was taken to a hospital on Sunday.");
        assertThat(counts(headline, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aFloorLeavesThePeopleFoundCounting() {
        var e = extract("Six shot at nightclub", "At least one person was hospitalized in critical condition on Sunday.");
        assertThat(counts(e, Slot.INJURED)).contains("6");
    }

    @Test
    void namesWithAgesListedBeforeAnd() {
        var e = extract("Shooting on Elm Street", "Police arrived on Elm Street on Monday night. "
                + "James Porter, 34, Robert Brown, 32, and David Miller, 33, were shot in the legs.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("3");
    }

    @Test
    void aBareCountTreatedForWounds() {
        var e = extract("Four men shot outside a restaurant", "Deputies found four men shot outside a restaurant on Sunday. One man died, and "
                + "three were treated for non-life-threatening injuries.");
        assertThat(counts(e, Slot.INJURED)).contains("3");
        // the two found with wounds may be the dead
        var found = extract("Two dead after shooting", "Two people died after a shooting on Sunday. When crews arrived, the two were found "
                + "inside a vehicle with gunshot wounds.");
        assertThat(counts(found, Slot.INJURED)).isEmpty();
    }

    @Test
    void someoneAlsoShotBesideTheDeadIsAnotherPerson() {
        var e = extract("Deadly shooting at a home", "Three people were killed at a home on Elm Street on Monday. "
                + "Her boyfriend was also shot in the leg and is expected to recover.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // without "also", a person shot beside the dead may be one of them
        var same = extract("Deadly shooting at a home", "Three people were killed at a home on Elm Street on Monday. "
                + "Her boyfriend was shot in the head.");
        assertThat(counts(same, Slot.INJURED)).isEmpty();
    }
    @Test
    void anAdverbOfDegreeBeforeTheInjury() {
        assertThat(counts(extract("13-year-old girl critically injured in Birch Road shooting", "Officers gave no details on Monday."),
                Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Shooting on Birch Road", "Officers are investigating a shooting on Birch Road that left a 13-year-old "
                + "girl seriously wounded on Monday night."), Slot.INJURED)).containsExactly("1");
    }

    @Test
    void oneDeceasedIsACountOfTheDead() {
        var e = extract("Shooting at a trailer park", "Shots were fired during the argument. There is now one wounded and one deceased.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // a person among the dead is no count
        var among = extract("Victim named", "The bureau named Carl Penrose, 31, as one of the deceased persons at the farm on Friday.");
        assertThat(counts(among, Slot.KILLED)).doesNotContain("1");
    }

    @Test
    void aPersonTheTaggerTookForAnAdjectiveInAHeadline() {
        var e = extract("Female Juvenile Killed After Accidental Shooting", "Officers say a female juvenile accidentally shot herself "
                + "over the long weekend.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void aRelativeClauseOfWhoDiedBeforeTheDeath() {
        var headline = extract("Riverside student who shot himself has died", "Officers continue to look into the case on Monday.");
        assertThat(counts(headline, Slot.KILLED)).containsExactly("1");
        assertThat(counts(headline, Slot.INJURED)).isEmpty();
        var inserted = extract("Student dies", "Officers continue to look into the case. The student, who has not been named, "
                + "died Saturday afternoon, officers said.");
        assertThat(counts(inserted, Slot.KILLED)).containsExactly("1");
    }

    @Test
    void theVictimPronouncedDeceasedIsThePersonFoundHurt() {
        var e = extract("Gas station shooting", "\"On arrival we found a male inside a car suffering from a gunshot wound, and the victim "
                + "was pronounced deceased at the scene,\" Officer Dale Norris said.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void aTallyOfTheYearOrAnotherShootingIsNoCountOfThisOne() {
        assertThat(counts(extract("Boy shot on Oak Street", "A boy was shot on Oak Street on Friday. So far this year, 23 adults have been "
                + "accidentally shot in the county."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Boy shot on Oak Street", "A boy was shot on Oak Street on Friday. The incident follows a shooting "
                + "last week that left a gunman dead and 9 other people wounded at a street party."), Slot.INJURED)).containsExactly("1");
        assertThat(counts(extract("Boy shot on Oak Street", "A boy was shot on Oak Street on Friday. Five people, including two "
                + "teenage girls, were wounded in Riverside shootings on Sunday."), Slot.INJURED)).containsExactly("1");
    }
    @Test
    void theOwnerOfAPossessiveIsNotThePersonHurt() {
        // "Lemmon's father" is no Lemmon, the woman killed
        var e = extract("Woman killed on Orange Street", "Sara Lemmon was killed on Orange Street on Sunday. Lemmon's father was also "
                + "shot in the arm.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }
    @Test
    void oneOfACountOfPeopleHit() {
        var e = extract("One of 4 shot outside Birch Road tavern dies of injuries", "Officers said Dana Whitfield died Thursday morning.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("3");
        var wounded = extract("Man speaks out", "The man, who was one of three people shot and wounded Friday night outside a tavern, "
                + "was not the target, officers said.");
        assertThat(counts(wounded, Slot.INJURED)).containsExactly("3");
    }
    @Test
    void aConditionAfterTakenToAHospital() {
        var e = extract("Shooting on Elm Street", "Officers were called to Elm Street on Friday. A man was found. He was taken to "
                + "Mercy General Hospital in serious condition.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }
    @Test
    void peopleListedBeforeOfAreNotThePersonShot() {
        var e = extract("Parents charged", "The uncle and aunt of a 7-year-old girl who was accidentally shot by her cousin at a home "
                + "in Millbrook in May have been charged.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }
    @Test
    void takenToAHospitalWithInjuriesWhenNothingElseTellsOfTheHurt() {
        var e = extract("Mother charged", "Officers answered the call at the home on Sunday. Marla Quinlan was charged. Quinlan was "
                + "transported to the hospital with non-life-threatening injuries.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // a later paragraph's wounds are not counted beside the people the article already told of
        var told = extract("Man shot on Elm Street", "A man was shot on Elm Street on Sunday. He is in stable condition. Officers "
                + "recalled a March case. A woman was charged. She was transported to the hospital with minor injuries.");
        assertThat(counts(told, Slot.INJURED)).containsExactly("1");
    }
    @Test
    void foundWithAWoundWhenNothingElseTellsOfTheHurt() {
        var e = extract("Arrest made", "Officers made an arrest on Sunday. The call came at about 9 p.m. A teenager was found with "
                + "a gunshot wound to the leg.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aSurnameInNamesThatHoldOneAnotherIsOnePerson() {
        // "Lopez" is in both "Maria Lopez" and "Maria Elena Lopez": the longer holds the shorter, so one person
        var e = extract("Teen killed on Elm Street", "Maria Elena Lopez was shot and killed on Elm Street on Tuesday. "
                + "Maria Lopez died at the scene, police said. A witness told police that a neighbor shot Lopez.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void anOfficerShotWhereOnlyTheShooterDiedLived() {
        var e = extract("Deputy shot, suspect killed after chase", "A sheriff's deputy was shot in the arm on Tuesday after a chase. "
                + "The suspect was killed when other deputies returned fire.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // someone else shot beside the dead suspect may be the suspect himself
        var same = extract("Man shot by police dies", "A man was shot by police on Tuesday after a chase. The suspect died at a hospital.");
        assertThat(counts(same, Slot.INJURED)).isEmpty();
    }

    @Test
    void aDeathSetAfterAnotherShootingIsNoCountOfIt() {
        var e = extract("Teen dies in Elm Street shooting", "Marla Quentin died in her apartment on Elm Street after being shot in the head on Thursday. "
                + "Quentin was pronounced dead at the scene. Her death came just four days after another man was shot in the leg on the same block.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void anAgeAsTheObjectOfShot() {
        // the chunk ends before "-old": "a 17-year" is still a person
        var e = extract("Police search for shooter in Riverside",
                "Riverside police are searching for the person who shot a 17-year-old in the stomach Saturday night, officials said.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void alsoHitBesideTheDead() {
        var e = extract("Boy killed in drive-by on Elm Street", "A 5-year-old boy was shot and killed on Elm Street on Thursday. "
                + "His 7-year-old brother was also hit in the shooting.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        // hit by a car is no one shot
        var car = extract("Boy killed in drive-by on Elm Street", "A 5-year-old boy was shot and killed on Elm Street on Thursday. "
                + "A woman was also hit by a car nearby.");
        assertThat(counts(car, Slot.INJURED)).isEmpty();
    }

    @Test
    void aBulletThatHitSomeoneLaterInItsClause() {
        var e = extract("Gunfire on Elm Street overnight", "RIVERSIDE - Maria Lopez says a bullet came into her house "
                + "Sunday morning and hit her 13-year-old daughter, Ana, in the back of her leg.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aBulletThatStruckSomeonesBodyPart() {
        var e = extract("Gunfire at a rental home on Oak Drive", "Deputies said a stray bullet from a rifle in another bedroom "
                + "struck the back of his head while he slept.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void aShotThatGrazedSomeone() {
        var e = extract("Police called to apartment on Oak Drive", "Officers said a friend pulled out a pistol to show it off "
                + "and it went off, grazing the back of the victim's head.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void thePersonBeforeAParticiplePhrase() {
        var e = extract("Gunfire near apartment pool", "OCEANSIDE - An 11-year-old boy playing on his skateboard was shot in the hand "
                + "by a man who was cleaning his rifle, police said Sunday.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        var hit = extract("Shots fired at passing car", "According to the complaint, the 15-year-old girl sitting in the front passenger "
                + "seat of the car was hit in the back by a bullet and needed treatment at a nearby hospital.");
        assertThat(counts(hit, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void sufferedAWoundWhateverTheTaggerMakesOfItsWords() {
        // "male" tagged as an adjective after an age
        var male = extract("Police blotter: Jersey Street", "Shooting: A 13-year-old male suffered a gunshot wound to his thigh Saturday night.");
        assertThat(counts(male, Slot.INJURED)).containsExactly("1");
        // "inflicted" tagged as a participle inside the adjective
        var self = extract("Hunter hurt near Letcher", "LETCHER - A 13-year-old suffered a self-inflicted gunshot wound to the hand "
                + "while pheasant hunting Saturday about eight miles north of Letcher.");
        assertThat(counts(self, Slot.INJURED)).containsExactly("1");
        var described = extract("Girl hurt on Arago Street", "PEORIA - A girl suffered what police described as a non-life threatening "
                + "injury early Monday inside a South Peoria home.");
        assertThat(counts(described, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void noDeathWhereNoneWasDone() {
        var could = extract("Girl survives stray bullet", "A 7-year-old girl is home from the hospital after a stray bullet grazed her chest "
                + "on Thursday. Doctors say if it had gone in at a slightly different angle, it could have hit her in the heart and killed her.");
        assertThat(counts(could, Slot.KILLED)).isEmpty();
        var charge = extract("Teen charged after cousin shot", "A 15-year-old boy accidentally shot his cousin in the chest on Wednesday. "
                + "He faces a charge of careless discharge, described as causing a firearm to be discharged to harm or kill another person.");
        assertThat(counts(charge, Slot.KILLED)).isEmpty();
    }

    @Test
    void whatAPastDeathLedToTheNextYearIsBackground() {
        var e = extract("Girl shot while sleeping", "PEORIA - A girl was shot in the leg early Monday while sleeping inside a South Peoria "
                + "home. A drive-by shooting in the East Bluff claimed the life of a sleeping boy. "
                + "The death of Albert Wilson ultimately led to the city adopting the Don't Shoot program the next year.");
        assertThat(counts(e, Slot.KILLED)).isEmpty();
    }

    @Test
    void aHeadlinesAnotherHurtBesideTheDead() {
        var e = extract("Teen killed, another injured in drive-by shooting in North City", "Seventeen-year-old Damani Aitch was found "
                + "with a gunshot wound inside a car on Monday. The 16-year-old had a gunshot wound to his hand. Aitch was pronounced "
                + "dead at the scene. The 16-year-old was hospitalized in stable condition.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void recoveringFromAWoundAndAHeadlinesOwnLeg() {
        var e = extract("Police investigating murder of 16-year-old", "16-year-old Percy Wells was murdered on Sunday night. Police "
                + "learned that there were two victims of gunshot wounds, Wells and 35-year-old Marquis Andrews. Wells died from multiple "
                + "gunshot wounds. Andrews is recovering from a gunshot wound to the thigh.");
        assertThat(counts(e, Slot.KILLED)).containsExactly("1");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
        var other = extract("Teen killed at house party", "Terrence Maxwell and another teenager were shot. Both were taken to the hospital "
                + "where Maxwell died. The other teenager is recovering from his injuries.");
        assertThat(counts(other, Slot.INJURED)).containsExactly("1");
        var own = extract("Carter County man shoots own leg while handling revolver", "Deputies were called to a home on Cash Hollow Road.");
        assertThat(counts(own, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void theRelativeOfSomeoneKilledIsSomeoneElse() {
        var e = extract("Women killed in Covina double homicide identified", "COVINA - His recent girlfriend, 23-year-old Nicole Biewener "
                + "of Azusa, was pronounced dead at the scene of the shooting on Sunday, police said. Biewener's 2-year-old son suffered a "
                + "gunshot wound to his back, the lieutenant said.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void foundPeopleShotAreACountOfPeopleHit() {
        var e = extract("Overnight shooting in Decatur, one killed", "DECATUR - One person is dead after a shooting at a club on Monday. "
                + "When officers arrived, they found five people shot. Halbrook, 28, died shortly after being transported to the hospital.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("4");
    }

    @Test
    void theDeadOfAnAnimalsClauseIsTheAnimal() {
        var e = extract("Deputies serve warrant on Sunset Avenue", "UPDATE: WREX has learned a dog that was shot after attacking a "
                + "county officer is dead. Another officer shot the dog, and in the process a bullet grazed a deputy.");
        assertThat(counts(e, Slot.KILLED)).isEmpty();
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void howOftenIsNoPartOfThePersonShot() {
        var e = extract("Man arrested in Canton apartment shooting", "A man has been arrested after he shot into a Canton apartment "
                + "complex, shooting a child multiple times.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }

    @Test
    void grazingTellsOfTheEventAlsoLaterInTheStory() {
        var e = extract("Accidental shooting reported near campus", "Police responded to an accidental shooting at 506 East 8th Street. "
                + "Police determined the shooting is an isolated incident. Officers arrived on scene at noon. Police say the friend left "
                + "before they came. The victim told police that a friend had pulled out a pistol to show the victim and the gun went off "
                + "unintentionally, grazing the back of the victim's head.");
        assertThat(counts(e, Slot.INJURED)).containsExactly("1");
    }
}
