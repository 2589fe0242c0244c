package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import org.junit.jupiter.api.Test;

/** Where it happened: the article's town, over real CoreNLP annotations. */
class PlaceRuleTest {
    static ExtractedArticle extract(String title, String body) {
        return RealAnalysis.extract(title, body, "2030-04-10T18:00:00Z");
    }

    static String place(ExtractedArticle e) {
        return e.claims().stream().filter(c -> c.slot() == Slot.PLACE).map(Claim::value).findFirst().orElse(null);
    }

    @Test
    void aTownsPoliceNameItWhateverTheTaggerMadeOfIt() {
        assertThat(place(extract("Three weapons used in fatal sports bar shooting",
                "Jackson Police Chief Lee Vance says one of the two men sitting inside a car was the intended target.")))
                .isEqualTo("Jackson");
        assertThat(place(extract("Teen injured", "The Largo Police Department is investigating a shooting that "
                + "occurred Tuesday afternoon on Starkey Road."))).isEqualTo("Largo");
        assertThat(place(extract("Man dies", "The man died at the hospital, according to the Louisville Metro Police Department.")))
                .isEqualTo("Louisville");
    }

    @Test
    void aTownsPoliceWhenTheTaggerReadTheTownAsAnAdjective() {
        assertThat(place(extract("Teenager Shot outside D.I.P. Restaurant", "Gunshots were heard at the Chevron gas station. "
                + "When our crews arrived at the scene Mobile Police Officers said they were not releasing any information at this time.")))
                .isEqualTo("Mobile");
    }

    @Test
    void anUnknownNameOpeningWithAKnownTown() {
        assertThat(place(extract("Block closed after shooting", "Savannah Chatham Metropolitan Police responded to a shooting "
                + "on the 2100 block of Indiana Avenue after a man was shot around 1 p.m. on Saturday."))).isEqualTo("Savannah");
    }

    @Test
    void aJointForceNamesItsTownFirst() {
        assertThat(place(extract("Boy shot", "Savannah-Chatham Metro Police said a 4-year-old boy was shot in the hand "
                + "at a motel on Abercorn Street on Sunday."))).isEqualTo("Savannah");
        assertThat(place(extract("Teen wounded", "A teen was wounded on Monday night, Charlotte-Mecklenburg police said."))).isEqualTo("Charlotte");
        // a hyphenated town, named on its own elsewhere in the text
        assertThat(place(extract("Man killed", "Winston-Salem police said a man was shot and killed on Friday. "
                + "It was the third homicide this year in Winston-Salem."))).isEqualTo("Winston-Salem");
        assertThat(place(extract("Man shot", "Athens-Clarke County police said a man was shot on Monday. "
                + "He was the fourth person shot this month in Athens-Clarke County."))).isEqualTo("Athens");
        assertThat(place(extract("Man shot", "A man was shot on Monday, KHOU-TV police sources said."))).isNull();
    }

    @Test
    void theTownAroundAPartOfIt() {
        assertThat(place(extract("Boy hurt", "A 9-year-old boy was shot Friday night at an apartment complex on "
                + "Saginaw's southeast side."))).isEqualTo("Saginaw");
        var section = extract("Four shot", "A shooting in the Feltonville section of "
                + "Philadelphia wounded four people early Saturday.");
        assertThat(place(section)).isEqualTo("Philadelphia");
        // the part is a district, so that another report's "Feltonville" is a finer statement of Philadelphia
        assertThat(section.claims()).anyMatch(c -> c.slot() == Slot.DISTRICT && c.value().equals("Feltonville"));
        var possessive = extract("Man shot", "A man was shot Thursday morning in Orlando's Malibu Groves neighborhood.");
        assertThat(place(possessive)).isEqualTo("Orlando");
        assertThat(possessive.claims()).anyMatch(c -> c.slot() == Slot.DISTRICT && c.value().equals("Malibu Groves"));
        // a county named with a possessive is a county, which yields to the town
        assertThat(place(extract("Woman dead after shooting in Prince George's County", "A woman was killed and four "
                + "people were hurt early Sunday in a shooting in Prince George's County. It happened at a home in Forestville."))).isEqualTo("Forestville");
    }

    @Test
    void aTownAfterInWhateverTheTaggerCalledItAndBeforeItsWeekday() {
        assertThat(place(extract("Deputy dies after accidental shooting", "A Wood County deputy was killed in an "
                + "accidental shooting at his home in Grand Rapids Saturday."))).isEqualTo("Grand Rapids");
    }

    @Test
    void aTownBeforeAVenueWithoutAnArticle() {
        assertThat(place(extract("Man shot", "Five people were wounded on Sunday in a drive-by shooting in Pomona park, police said.")))
                .isEqualTo("Pomona");
        assertThat(place(extract("Shooting", "Four people were injured by gunfire outside Marion nightclub early Sunday.")))
                .isEqualTo("Marion");
        assertThat(place(extract("Six injured in shooting at Kissimmee resort", "Police said the victims were taken to "
                + "hospitals."))).isEqualTo("Kissimmee");
        // a business or a hospital is no town
        assertThat(place(extract("Man shot", "A man was shot Sunday at Walmart store on Elm Road, police said."))).isNotEqualTo("Walmart");
    }

    @Test
    void forcesThatAreNotATownsAreNoPlace() {
        assertThat(place(extract("Crash", "State Police said the driver was taken to a hospital. "
                + "Capitol Police closed the street."))).isNull();
    }

    @Test
    void aSheriffServesACountyWhichYieldsToATown() {
        var e = extract("Man shot", "The Broward Sheriff's Office said a man was shot Monday. The shooting happened in Pompano Beach.");
        assertThat(place(e)).isEqualTo("Pompano Beach");
    }

    @Test
    void aDatelineAfterAByline() {
        var e = extract("Teen killed at party", "By: Associated Press\n\nMarch 22, 2030\n\n"
                + "JACKSON, Ga. (AP) -- Authorities say a teenager was killed and three other teenagers were injured "
                + "during a drive-by shooting at a graduation party.");
        assertThat(place(e)).isEqualTo("Jackson");
        var fl = extract("Teen injured", "LARGO, FL — A teen was injured in a shooting Tuesday afternoon, deputies said.");
        assertThat(place(fl)).isEqualTo("Largo");
        var tx = extract("Three dead", "CROSBY, TEXAS - Three people were killed in an attack at a home, deputies said.");
        assertThat(place(tx)).isEqualTo("Crosby");
    }

    @Test
    void aBigCitysNeighbourhoodThatIsATownOnlyElsewhere() {
        var williamsburg = extract("Two hurt in Williamsburg shooting", "Two men were wounded in a shooting in Brooklyn on "
                + "Friday night, police said.");
        assertThat(place(williamsburg)).isEqualTo("Brooklyn");
        assertThat(williamsburg.claims()).anyMatch(c -> c.slot() == Slot.DISTRICT && c.value().equals("Williamsburg"));
        // the article's city is named first: the neighbourhood is its district, for other reports of the story
        var algiers = extract("Man killed in Algiers shooting", "NEW ORLEANS — A man was killed Thursday night, police said.");
        assertThat(place(algiers)).isEqualTo("New Orleans");
        assertThat(algiers.claims()).anyMatch(c -> c.slot() == Slot.DISTRICT && c.value().equals("Algiers"));
        // a town of the city's own state is no neighbourhood of it
        var suburb = extract("Two hurt in Metairie shooting", "Two men were wounded in a shooting in New Orleans on Friday night.");
        assertThat(place(suburb)).isEqualTo("Metairie");
    }

    @Test
    void aSideOfATownTheTaggerTookForAnOrganization() {
        assertThat(place(extract("Cops: Man, 75, shoots intruder", "One suspect is dead after a resident fought back during an "
                + "attempted home invasion on Detroit's west side, according to police."))).isEqualTo("Detroit");
    }

    @Test
    void aResidentsTownTheTaggerTookForAnOrganization() {
        assertThat(place(extract("Parents charged after boy, 6, shoots brother, 9,", "The gun a 6-year-old Milwaukee boy used "
                + "to shoot his brother last week was owned by the boy's father."))).isEqualTo("Milwaukee");
    }

    @Test
    void aTwoWordResidentsTownOpeningAHeadline() {
        assertThat(place(extract("Great Falls student injured in accidental shooting", "A student was hurt on Friday when a "
                + "gun went off, deputies said."))).isEqualTo("Great Falls");
    }

    @Test
    void aCountysPoliceNamedWithoutTheWordCounty() {
        assertThat(place(extract("Man shot", "Marlow police said a man was shot Sunday at a home in Dunmore. "
                + "Officers searched the area in Marlow County for a suspect."))).isEqualTo("Dunmore");
    }

    @Test
    void aHamletTheEventIsInTwiceStaysInTheStateOfATownNearIt() {
        var e = extract("Man shot in Dorrelton", "A man was shot Sunday at his home in Dorrelton, deputies said. "
                + "Detectives from Tulsa joined the deputies on Monday.");
        assertThat(place(e)).isEqualTo("Dorrelton");
        assertThat(e.claims()).anyMatch(c -> c.slot() == Slot.REGION && c.value().equals("Oklahoma"));
    }

    @Test
    void aCountysDeputiesOrCoronerNameTheCounty() {
        assertThat(place(extract("Man dies", "Marlow County deputies are investigating the death of a man shot in the leg on "
                + "Friday."))).isEqualTo("Marlow County");
        // a big city keeps its police beside its county's coroner
        assertThat(place(extract("Man killed", "The Los Angeles County coroner identified a Pasadena man who was shot dead "
                + "on Sunday. Los Angeles police are investigating."))).isEqualTo("Los Angeles");
    }

    @Test
    void onlyACountyNamedTheTownItPutsTheEventIn() {
        assertThat(place(extract("Teen hospitalized after accidental shooting", "Authorities in Ellsworth County are "
                + "investigating a reported accidental shooting. Officers were dispatched to a residence in the 400 block of "
                + "30th Street in the city of Wilson, according to the police chief."))).isEqualTo("Wilson");
        // a hamlet the gazetteer does not hold, as the town of an address
        assertThat(place(extract("Teen struck by stray bullet", "The shooting was reported to the Stanislaus County "
                + "Sheriff's Department around 3:15 p.m. Sunday at a farm that is off Marshall Road in Crows Landing.")))
                .isEqualTo("Crows Landing");
        // a town named like a country, in the state the article states
        assertThat(place(extract("Man dies", "BOONE COUNTY, Ind. - A Boone County man has died. The sheriff's office received a "
                + "call about a man down in the yard in the area of 300 South 500 West in Lebanon."))).isEqualTo("Lebanon");
        // a few miles from a town is outside it: records file such events under the county
        assertThat(place(extract("Four found dead", "Four bodies were found Wednesday on Ralph Boyles Road a few miles "
                + "northeast of King. Stokes County deputies identified the parents."))).isEqualTo("Stokes County");
    }

    @Test
    void aDistancesReferenceTownDoesNotReplaceAnUnknownPlace() {
        assertThat(place(extract("Woman killed", "A woman was shot Sunday at a home in Crouch Mesa, about 10 miles east of "
                + "Farmington. Deputies said she was shot in Crouch Mesa by a child."))).isEqualTo("Crouch Mesa");
    }

    @Test
    void aSlogansVerbIsNoPlace() {
        assertThat(place(extract("Sheriff's Office Participates in Click it or Ticket Campaign", "Deputies will participate in the "
                + "national seat belt campaign in an effort to save lives."))).isNotEqualTo("Click");
    }

    @Test
    void aDatelineInCapitalsAfterCaptionsAndPageChrome() {
        String chrome = "This was the scene Saturday night. (Source: WAVE 3 News) Dustin Compton made this post about his son. "
                + "(Source: Facebook/Dustin Compton) Photo gallery below. More photos.\n\n";
        assertThat(place(extract("Toddler released from hospital", chrome + "LOUISVILLE, KY (WAVE) - The two-year-old who was hit "
                + "by a stray bullet is making a good recovery, according to his father."))).isEqualTo("Louisville");
        // after a place another story on the page names, it is that story's
        assertThat(place(extract("Toddler released from hospital", "A man was shot in Hopkinsville on Monday. " + chrome
                + "LOUISVILLE, KY (WAVE) - A wife surprised the soldier."))).isEqualTo("Hopkinsville");
    }

    @Test
    void aPlaceWrittenWithAMuchBiggerTownOfItsStateIsThatTownsPart() {
        assertThat(place(extract("Four shot", "Four young men were shot at a home in East Elmhurst, Queens last night, "
                + "and the NYPD says the gunman is at large."))).isEqualTo("Queens");
        // not a street named for the bigger town
        assertThat(place(extract("Four shot", "Four men were wounded in front of a nightclub in Long Island City, "
                + "Queens Boulevard, police said."))).isEqualTo("Long Island City");
    }

    @Test
    void aBigCityFarOffIsOnlyTheReferencePointOfADistance() {
        assertThat(place(extract("Four shot at club", "Gunfire broke out at 3:50 a.m. Sunday in the parking lot of Club Envy in "
                + "Caruthersville, a small town in the far southeastern corner of Missouri, about 90 miles north of Memphis, "
                + "Tennessee."))).isEqualTo("Caruthersville");
        // nor does it replace a hamlet the gazetteer does not hold
        assertThat(place(extract("Baby shot", "A baby was shot Sunday. The shooting happened as the boy and his siblings were visiting "
                + "the grandfather's home in the town of Elmo, which is located 120 miles north of Kansas City, Missouri.")))
                .isEqualTo("Elmo");
        // a distance in words, read by the analysis
        assertThat(place(extract("Four shot at club", "Gunfire broke out at 3:50 a.m. Sunday in the parking lot of Club Envy in "
                + "Caruthersville, a small town in the far southeastern corner of Missouri, about ninety miles north of Memphis, "
                + "Tennessee."))).isEqualTo("Caruthersville");
        // a near one still names the nearest town
        assertThat(place(extract("Man shot", "A man was shot at a farm two miles north of Dayton on Sunday, deputies said.")))
                .isEqualTo("Dayton");
    }

    @Test
    void theFirstTownMentionedOnlyInTheStateTheArticleStates() {
        assertThat(place(extract("Man killed", "CONEJOS COUNTY, Colo. (CBS4) - Authorities are investigating a deadly "
                + "shooting. The victim had recently moved from Albuquerque, relatives said."))).isEqualTo("Conejos County");
        assertThat(place(extract("Man killed", "CONEJOS COUNTY, Colo. (CBS4) - Authorities are investigating a deadly "
                + "shooting. The victim had recently moved from Alamosa, relatives said."))).isEqualTo("Alamosa");
    }

    @Test
    void onlyACountyNamedTheHospitalsTown() {
        assertThat(place(extract("Boy hurt", "A boy was shot Sunday in Marlow County, deputies said. He was taken to "
                + "Cheyenne Regional Medical Center."))).isEqualTo("Cheyenne");
        assertThat(place(extract("Boy hurt", "A boy was shot Sunday in Marlow County, deputies said. He was flown to a "
                + "hospital in Lancaster."))).isEqualTo("Lancaster");
        // a saint's hospital names no town
        assertThat(place(extract("Boy hurt", "A boy was shot Sunday in Marlow County, deputies said. He was taken to "
                + "St. Francis Hospital."))).isEqualTo("Marlow County");
    }

    @Test
    void aDatelineWithoutItsDashOrItsSpaceOrWithItsCounty() {
        assertThat(place(extract("Boy killed", "EUTAW, Ala. (AP) Authorities say a 3-year-old boy has been fatally shot at a home "
                + "in the Knoxville community.")))
                .isEqualTo("Eutaw");
        assertThat(place(extract("Girls hurt", "COLUMBUS (WCMH)–Police say two teenage girls were accidentally shot Friday night "
                + "in South Linden.")))
                .isEqualTo("Columbus");
        assertThat(place(extract("Boy hurt", "SNOWVILLE, Box Elder County — A 4-year-old boy was taken to a hospital after he "
                + "was shot. The boys were at a home west of Snowville."))).isEqualTo("Snowville");
    }

    @Test
    void aDatelineWithADottedStateOrATownOfTheGazetteerAlone() {
        var ny = extract("Man hurt", "ITHACA, N.Y. (AP) - A man was wounded in a shooting Friday night, officers said.");
        assertThat(place(ny)).isEqualTo("Ithaca");
        assertThat(ny.claims()).anyMatch(c -> c.slot() == Slot.REGION && c.value().equals("New York"));
        assertThat(place(extract("Man hurt", "TOWN OF HAMBURG, N.Y. - A man was wounded in a shooting Friday night, officers said.")))
                .isEqualTo("Hamburg");
        // in title case, or without the space after the comma
        var mixed = extract("Man hurt", "Dunmore, Pa. (WXYZ) - A man was wounded in a shooting Friday night, officers said.");
        assertThat(mixed.claims()).anyMatch(c -> c.slot() == Slot.REGION && c.value().equals("Pennsylvania"));
        assertThat(place(mixed)).isEqualTo("Dunmore");
        var tight = extract("Man hurt", "JACKSON,Tenn.– A man was wounded in a shooting Friday night, officers said.");
        assertThat(tight.claims()).anyMatch(c -> c.slot() == Slot.REGION && c.value().equals("Tennessee"));
        // a dateline the article never writes again: the gazetteer knows the town
        assertThat(place(extract("Man hurt", "FRESNO (KXYZ) – A man was wounded in a shooting Friday night, officers said.")))
                .isEqualTo("Fresno");
        assertThat(place(extract("Man hurt", "FRESNO-- A man was wounded in a shooting Friday night, officers said.")))
                .isEqualTo("Fresno");
    }

    @Test
    void aTownBeforeAPersonOrEventNounInTheHeadline() {
        assertThat(place(extract("Victim identified in Saturday morning LaSalle shooting",
                "The coroner released the name of the man who died early Saturday."))).isEqualTo("LaSalle");
    }

    @Test
    void aStreetIsNoTown() {
        assertThat(place(extract("Birchwood Street homicide victim identified",
                "Police are looking for two men in the shooting death of a man on Monday."))).isNull();
        assertThat(place(extract("Federal Way shooting leaves one dead",
                "Police are looking for two men in the shooting death of a man on Monday."))).isEqualTo("Federal Way");
    }

    @Test
    void hyphensJoinOneName() {
        var e = extract("Girl, 6, shot in Jeff-Vander-Lou neighborhood", "Police said the girl was hurt on Sunday.");
        assertThat(place(e)).isNotEqualTo("Jeff");
        assertThat(e.claims()).anyMatch(c -> c.slot() == Slot.DISTRICT && c.value().equals("Jeff-Vander-Lou"));
    }

    @Test
    void aHolidayIsNoTown() {
        assertThat(place(extract("Man, 60, charged in Christmas shooting of two teens",
                "Police said the teens were hurt when the man fired at them."))).isNotEqualTo("Christmas");
    }

    @Test
    void aForceNamedForAKnownHyphenatedTownIsThatTown() {
        assertThat(place(extract("Winston-Salem police: Teen hurt in accidental gunfire",
                "A teen was hurt on Monday when a gun went off in a motel room."))).isEqualTo("Winston-Salem");
    }

    @Test
    void aCountyNamedForASideOfItsTownIsTheTown() {
        assertThat(place(extract("Teen wounded", "A teen was shot on Monday in East Baton Rouge Parish, deputies said.")))
                .isEqualTo("Baton Rouge");
    }

    @Test
    void titleCaseHeadlineWordsAreNoPlace() {
        assertThat(place(extract("Man Killed In Weekend Shooting", "The victim was taken to a hospital, where he died.")))
                .isNull();
    }

    @Test
    void aTownOutsideOfWhichItHappenedAndNotItsCounty() {
        var e = extract("Man found dead", "The incident happened around 3:15 p.m. Friday at a home along Trenton Street, "
                + "just outside of Hillsboro in Highland County.");
        assertThat(place(e)).isEqualTo("Hillsboro");
    }

    @Test
    void aTownNamedOutsideTheEventSentences() {
        var e = extract("Two dead outside club", "A shooting left two people dead early Friday.\n\n"
                + "Officers say it all started with an argument outside of a club in Memphis.");
        assertThat(place(e)).isEqualTo("Memphis");
    }

    @Test
    void namesAreCleaned() {
        assertThat(place(extract("Man shot", "A man was shot Monday in Southeast Houston."))).isEqualTo("Houston");
        assertThat(place(extract("Man shot", "A man was shot Monday in the Town of West Sweden."))).isEqualTo("West Sweden");
    }

    @Test
    void theTownOfADistrictNamedWithItsPossessive() {
        assertThat(place(extract("Girl hit by stray bullet", "A 5-year-old girl was struck in the hand by a stray bullet "
                + "Wednesday evening in San Francisco's Bayview District, police said."))).isEqualTo("San Francisco");
    }

    @Test
    void headlineLabelsAndTheOutletsTownLast() {
        assertThat(place(extract("San Francisco: girl hit by stray bullet", "The girl was taken to a hospital."))).isEqualTo("San Francisco");
        assertThat(place(extract("Retaliation after shot fired through floor - WMC Action News 5 - Memphis, Tennessee",
                "A man was wounded Friday, officers said."))).isEqualTo("Memphis");
        assertThat(place(extract("Man shot - WMC Action News 5 - Memphis, Tennessee",
                "A man was shot Friday in Southaven, officers said."))).isEqualTo("Southaven");
        assertThat(place(extract("Police investigating murder of 16-year-old - Cleveland 19 News Cleveland, OH",
                "A 16-year-old was murdered on Sunday night."))).isEqualTo("Cleveland");
        // a copyright line of the year it was published
        assertThat(place(RealAnalysis.extract("16-year-old arrested for drive-by shooting", "A 16-year-old has been arrested for a drive-by "
                + "shooting on Tarawa Drive.\n\nAll content © 2017, WALA; Mobile, AL. (A Meredith Corporation Station).",
                "2017-04-05T18:00:00Z"))).isEqualTo("Mobile");
    }

    @Test
    void aPartOfATownTheArticleAlsoNames() {
        assertThat(place(extract("Man killed", "A man was shot and killed Monday in North St. Louis. "
                + "It was the third killing in St. Louis this week."))).isEqualTo("St. Louis");
    }

    @Test
    void aNewspapersOrAnAcronymsPoliceAreNoTown() {
        assertThat(place(extract("Man shot", "A man was shot, according to a Chicago Tribune police reporter. "
                + "UMB police closed the campus. It happened in Baltimore."))).isEqualTo("Baltimore");
    }

    @Test
    void theHospitalsTownIsNotWhereItHappened() {
        assertThat(place(extract("Man shot", "A man was shot Sunday night, police said. "
                + "He was taken to Riverside Medical Center in Dunmore, where he died."))).isNull();
        assertThat(place(extract("Man shot", "A man was shot Sunday night, police said. "
                + "He was flown to a hospital in Dunmore."))).isNull();
        assertThat(place(extract("Man shot", "A man was shot Sunday night at the community center in Dunmore, police said.")))
                .isEqualTo("Dunmore");
    }

    @Test
    void aDatelineWithoutItsStateYieldsToATownNamedByItsPolice() {
        assertThat(place(extract("Woman wounded", "HARTWELL — A woman was wounded in a shooting Friday night in the "
                + "Elm Park neighborhood, a spokesman for Hartwell police said."))).isEqualTo("Hartwell");
        assertThat(place(extract("Teen shot", "BRIAR HILL — A teen was shot Tuesday outside a store, Dunmore police said.")))
                .isEqualTo("Dunmore");
        // a word in capitals that the article never writes as a name is no dateline
        assertThat(place(extract("Teen shot", "UPDATE — A teen was shot Tuesday outside a store, a witness said."))).isNull();
    }

    @Test
    void aCountyDatelineYieldsToTheTown() {
        assertThat(place(extract("Man killed", "MARLOW COUNTY, Ga. — A man was killed Sunday in Dunmore, deputies said.")))
                .isEqualTo("Dunmore");
    }

    @Test
    void aDatelineWithTheTownsCountyOrANeighbourhoodsTown() {
        assertThat(place(extract("Boy shot in foot", "SNOWVILLE, Box Elder County — A 4-year-old boy was taken to a hospital "
                + "after his brother accidentally shot him in the foot Tuesday, police said."))).isEqualTo("Snowville");
        assertThat(place(extract("Teen shot", "BED-STUY, BROOKLYN — One teen was shot and injured on Sunday night after a fight, "
                + "police said."))).isEqualTo("Brooklyn");
    }

    @Test
    void aTownAfterASettingWordOrBeforeAreaWhateverTheTaggerCalledIt() {
        assertThat(place(extract("Teen accidentally shot by sibling", "A 13-year-old was shot Friday morning. "
                + "It happened on Hillside Drive in south Jackson."))).isEqualTo("Jackson");
        assertThat(place(extract("Hart County accidental shooting", "A 15-year-old was accidentally shot by another teenager "
                + "in the Cub Run area."))).isEqualTo("Cub Run");
    }

    @Test
    void theDistrictIsWashington() {
        assertThat(place(extract("Six injured", "Six people were injured in a shooting in Southwest D.C. on Friday, police said.")))
                .isEqualTo("Washington, D.C.");
    }

    @Test
    void aDirectionAloneIsNoTown() {
        assertThat(place(extract("Four shot", "Four people were shot Friday night in Northeast, police said."))).isNull();
    }

    @Test
    void aPrecinctOrAVolunteerFireDepartmentIsNoTown() {
        assertThat(place(extract("Man shot", "East Precinct police were sent to the home after a man was shot."))).isNull();
        assertThat(place(extract("Man shot", "A man was shot Monday. The Dunmore Volunteer Fire Department treated him.")))
                .isEqualTo("Dunmore");
    }

    @Test
    void aPersonsPossessiveIsNoTown() {
        assertThat(place(extract("Man shot", "A man was shot Monday outside of Art's Tavern, police said."))).isNull();
    }

    @Test
    void capitalsSayNothingAboutNames() {
        assertThat(place(extract("Chase", "POLICE STOPPED THE CAR AFTER THE SHOOTING NEAR THE RAMP IN CENTRAL BLVD."))).isNull();
    }

    @Test
    void aTownWrittenWithItsState() {
        assertThat(place(extract("Man dies in shooting", "Hope, Ark., police are investigating a deadly shooting.")))
                .isEqualTo("Hope");
        assertThat(place(extract("Hope, AR man dies in accidental shooting", "The man died on Sunday.")))
                .isEqualTo("Hope");
        assertThat(place(extract("Eufaula, Ala., police kill gunman after shooting", "Three people were hurt.")))
                .isEqualTo("Eufaula");
        // the outlet's town in a page's furniture is not the event's
        assertThat(place(extract("Man dies", "Posted by KXYZ News 12 Dunmore, Arkansas News Weather & Sports"))).isNull();
    }

    @Test
    void aResidentsTownIsAWeakCandidate() {
        assertThat(place(extract("Man injured", "A 21-year-old Aurora man was seriously injured Sunday, officials said.")))
                .isEqualTo("Aurora");
        assertThat(place(extract("Man injured", "A 21-year-old Aurora man was seriously injured Sunday in Marlow Heights.")))
                .isEqualTo("Marlow Heights");
    }

    @Test
    void townsTheTaggerTookForPeople() {
        assertThat(place(extract("Man dies", "A man is dead after being shot in Branson on Friday evening.")))
                .isEqualTo("Branson");
        assertThat(place(extract("Services set for Malin boy who died of gunshot wound", "The funeral is on Monday.")))
                .isEqualTo("Malin");
    }

    @Test
    void moreWaysATownIsGiven() {
        assertThat(place(extract("Doctors say a Killeen 2-year-old is in critical condition from gunshot", "The child was flown to a hospital.")))
                .isEqualTo("Killeen");
        assertThat(place(extract("Five wounded at lounge", "Portsmouth, Va.\n\n- Five people were wounded in a shooting early Tuesday.")))
                .isEqualTo("Portsmouth");
        assertThat(place(extract("Eight shot", "Eight people were shot Friday night, Chicago investigators said."))).isEqualTo("Chicago");
        assertThat(place(extract("Eight shot", "Eight people were shot Friday night, Homicide detectives said."))).isNull();
    }

    @Test
    void aTownInItsSettingOrNearIt() {
        assertThat(place(extract("Boy shot", "The sheriff reports an accidental shooting in rural Foxholm on Wednesday morning.")))
                .isEqualTo("Foxholm");
        assertThat(place(extract("Boy dies", "A boy is dead after a rifle went off last weekend near Bacton.")))
                .isEqualTo("Bacton");
    }

    @Test
    void aResidentsTownOpeningAHeadline() {
        assertThat(place(extract("Sandston teen shot to death playing with a gun", "Police surrounded a home on Treva Road.")))
                .isEqualTo("Sandston");
        assertThat(place(extract("Man shot while cleaning a gun", "The man was treated and released."))).isNull();
    }

    @Test
    void aCommonWordInATitleCaseHeadlineIsNoPlaceAndAStateWithoutItsPeriod() {
        assertThat(place(extract("Investigation Underway After Child Shot In The Head",
                "A young child was taken to the hospital with a gunshot wound to his head."))).isNull();
        assertThat(place(extract("Five shot", "MEMPHIS, Tenn -- Police are searching for men who shot five people in Raleigh.")))
                .isEqualTo("Memphis");
    }

    @Test
    void theTextSaysItIsATown() {
        assertThat(place(extract("4 injured in suburban Denver hotel shooting",
                "Authorities say four people were shot during a party at a hotel in the Denver suburb of Wheat Ridge.")))
                .isEqualTo("Wheat Ridge");
    }

    @Test
    void aPlaceNoGazetteerKnowsYieldsToAKnownTown() {
        // the event is "in" a neighbourhood; the town is named only outside the event sentences
        assertThat(place(extract("Man shot", "A man was shot and killed Tuesday night in Glenmoor Heights. "
                + "He died at a hospital. Shootings have risen in Tulsa this year.")))
                .isEqualTo("Tulsa");
        // a town the gazetteer does not know stays when nothing better is named (a hamlet, or a fictional town)
        assertThat(place(extract("Man shot", "A man was shot and killed Tuesday night in Granholt. He died at a hospital.")))
                .isEqualTo("Granholt");
    }

    @Test
    void withoutACandidateTheFirstKnownTownTheTaggerFoundIsAssumed() {
        var e = extract("Man shot", "A man from Tulsa was shot and killed on Tuesday night. He died at a hospital.");
        assertThat(e.claims()).filteredOn(c -> c.slot() == Slot.PLACE)
                .extracting(Claim::value, Claim::qualifier).containsExactly(org.assertj.core.groups.Tuple.tuple("Tulsa", Qualifier.ABOUT));
        // not the hospital's town
        assertThat(place(extract("Man shot", "A man was shot and killed on Tuesday night. He died at a hospital in Tulsa.")))
                .isNull();
    }

    @Test
    void aTownsFirstWordTheTaggerLeftOutIsPartOfIt() {
        // the tagger reads "Broken" as a verb and "Lee’s" as a possessive; the gazetteer knows the whole names
        assertThat(place(extract("Broken Arrow teen wounded in parking lot shooting",
                "A 16-year-old was wounded Sunday night, police said."))).isEqualTo("Broken Arrow");
        assertThat(place(extract("Lee’s Summit man charged in shooting of his cousin",
                "The man was arrested after the shooting, police said."))).isEqualTo("Lee’s Summit");
        // an article that also writes the shorter town alone means a side of it
        assertThat(place(extract("Man shot", "A man was shot Sunday night in North Richmond. Richmond police are investigating.")))
                .isEqualTo("Richmond");
    }

    @Test
    void aPartTheGazetteerDoesNotKnowOfATownItKnows() {
        assertThat(place(extract("Man shot", "A man was shot and wounded Monday night in South Philadelphia."))).isEqualTo("Philadelphia");
        assertThat(place(extract("Man shot", "A man was shot and wounded Monday night in South L.A., police said."))).isEqualTo("Los Angeles");
        // a side of the city is no town of its own, though a town abroad has the name
        assertThat(place(extract("Man shot", "A man was shot and wounded Monday night in a home on the Southwest Side."))).isNull();
    }

    @Test
    void noKnownTownAmongTheCandidatesTheFirstTownMentioned() {
        assertThat(place(extract("Man shot", "A man was shot and killed Tuesday night in Glenmoor Heights. "
                + "The Tulsa man died at the scene."))).isEqualTo("Tulsa");
        // a county is named when no town is: a town the gazetteer finds is finer
        assertThat(place(extract("Man shot", "A man was shot and killed Tuesday night in Greene County. "
                + "The Tulsa man died at the scene."))).isEqualTo("Tulsa");
    }

    @Test
    void theStateOfATownThatOutweighsItsNamesakesIsAssumed() {
        var tulsa = extract("Man shot", "A man was shot and killed Tuesday night in Tulsa.");
        assertThat(tulsa.claims()).filteredOn(c -> c.slot() == Slot.REGION)
                .extracting(Claim::value, Claim::qualifier).containsExactly(org.assertj.core.groups.Tuple.tuple("Oklahoma", Qualifier.ABOUT));
        // many Springfields, and the biggest Paris is not American: no state
        assertThat(extract("Man shot", "A man was shot and killed Tuesday night in Springfield.").claims()).noneMatch(c -> c.slot() == Slot.REGION);
        assertThat(extract("Man shot", "A man was shot and killed Tuesday night in Paris.").claims()).noneMatch(c -> c.slot() == Slot.REGION);
        // a stated state stands
        assertThat(extract("Man shot", "A man was shot and killed Tuesday night in Tulsa, Texas.").claims())
                .filteredOn(c -> c.slot() == Slot.REGION).extracting(Claim::value, Claim::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Texas", Qualifier.EXACT));
    }
}
