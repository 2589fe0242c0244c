package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When it happened: the incident's day, over real CoreNLP annotations (published on Wednesday 2030-04-10). */
class TimeRuleTest {
    static ExtractedArticle extract(String title, String body) {
        return RealAnalysis.extract(title, body, "2030-04-10T18:00:00Z");
    }

    static List<String> dates(ExtractedArticle e) {
        return e.claims().stream().filter(c -> c.slot() == Slot.DATE).map(Claim::value).toList();
    }

    @Test
    void theDayOfTheShootingOutranksTheDayOfALaterStep() {
        assertThat(dates(extract("Boy in critical condition",
                "A 12-year-old boy was in critical condition Tuesday after he was shot Monday night near a school.")))
                .containsExactly("2030-04-08");
        assertThat(dates(extract("Two arrested",
                "Police arrested two men on Tuesday. Investigators say the men shot a woman outside a bar on Sunday.")))
                .containsExactly("2030-04-07");
        assertThat(dates(extract("Man dies", "A man died Tuesday after he was accidentally shot at his home Monday.")))
                .containsExactly("2030-04-08");
    }

    @Test
    void aClauseThatStartsWithTheDayBelongsToItsVerb() {
        // "On Tuesday, deputies arrested ..." is the arrest's day, not the shooting's
        assertThat(dates(extract("Father arrested", "On Tuesday, deputies arrested the father of a boy who shot himself. "
                + "The shooting happened Monday afternoon, deputies said."))).containsExactly("2030-04-08");
    }

    @Test
    void aLaterStepStillDatesTheEventWhenNothingElseDoes() {
        var e = extract("Man shot", "A man was shot and wounded near a gas station, police said Tuesday.");
        assertThat(dates(e)).containsExactly("2030-04-09");
        // only about: the shooting was that day or before, so a day another report says of the shooting outranks it
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
    }

    @Test
    void aPagesTeasersOfOtherStoriesNameNoDayEvenInTheOpening() {
        // each teaser printed twice, as page markup leaves them; the opening day would otherwise be the teaser's Friday
        String a = "It was a digital day for students in the county Friday, as school leaders handed out laptops to every pupil.";
        String b = "Army leaders asked Congress for a new round of base closures as they work to balance their books.";
        String c = "The president of the city council called a special meeting which could mean new jobs for the town.";
        String body = a + "\n\n" + a + "\n\n" + b + "\n\n" + b + "\n\n" + c + "\n\n" + c + "\n\n"
                + "Police responded to a shooting at a bar early Tuesday morning. Several people were taken to a hospital.";
        assertThat(dates(extract("Shooting sends victims to hospital", body))).containsExactly("2030-04-09");
    }

    @Test
    void theEvidenceIsTheDaysSpan() {
        var e = extract("Man dies", "A man died Tuesday after he was accidentally shot at his home Monday.");
        Claim c = e.claims().stream().filter(x -> x.slot() == Slot.DATE).findFirst().orElseThrow();
        assertThat(c.evidence().span()).isEqualTo("Monday");
        assertThat(c.evidence().sentence()).contains("shot at his home Monday");
    }

    @Test
    void thisMorningIsThePublicationDayWhenNoDayIsNamed() {
        var e = extract("Man shot near gas station", "A man was shot this morning near a gas station, police said.");
        assertThat(dates(e)).containsExactly("2030-04-10");
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().evidence().span())
                .isEqualTo("this morning");
        // a day the headline names comes first
        assertThat(dates(extract("Man shot Tuesday near gas station", "A man was shot this morning near a gas station, police said.")))
                .containsExactly("2030-04-09");
    }

    @Test
    void aLaterReportThatDatesTheShootingInFull() {
        var e = extract("Family sues range", "The family of an instructor who was shot and killed on Aug. 25, 2029, has sued the range. "
                + "The lawsuit was filed in the county court.");
        assertThat(dates(e)).containsExactly("2029-08-25");
    }

    @Test
    void aBlockNumberOrAnAddressIsNoYear() {
        assertThat(dates(extract("Man wounded", "A man was shot in the 2100 block of Elm Street on Monday night.")))
                .containsExactly("2030-04-08");
        assertThat(dates(extract("Woman wounded", "Deputies responded to 1915 Cedar Lane on Sunday after a woman was shot.")))
                .containsExactly("2030-04-07");
        // a year is still a year: the sentence tells of another event
        assertThat(dates(extract("Man wounded", "Police are investigating a shooting. In 2019 Smith was shot on Monday in the same park.")))
                .doesNotContain("2030-04-08");
    }

    @Test
    void aDayThatModifiesTheShootingIsItsDay() {
        assertThat(dates(extract("Man booked", "Deputies booked a 36-year-old man on Tuesday after an investigation into the Sunday "
                + "afternoon shooting."))).containsExactly("2030-04-07");
        assertThat(dates(extract("Suspect held", "Police arrested a suspect on Tuesday in connection with Sunday's shooting.")))
                .containsExactly("2030-04-07");
    }

    @Test
    void aDayOfALaterSentenceWithoutAnEventVerbDatesTheEventWhenNothingElseDoes() {
        // the opening names no day; the sixth sentence tells of the call, with no event verb
        var e = extract("Boy wounded at home", "A boy was wounded at his home. Neighbors heard a loud bang. The family asked for help. "
                + "An ambulance came quickly. The boy is now at a children's hospital. Officers were called to the house just after "
                + "11 p.m. Sunday.");
        assertThat(dates(e)).containsExactly("2030-04-07");
        // weaker than a day of the event sentences: about, so a day another report states outranks it
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
    }

    @Test
    void aClockTimeLateInTheEveningWithNoDayIsOfTheDayBeforeThePublication() {
        assertThat(dates(extract("Man wounded near gas station", "A man was shot and wounded near a gas station shortly after "
                + "10:30 p.m., police said."))).containsExactly("2030-04-09");
        // earlier in the evening, or after midnight, the publication day
        assertThat(dates(extract("Man wounded near gas station", "A man was shot and wounded near a gas station shortly after "
                + "8:30 p.m., police said."))).containsExactly("2030-04-10");
        assertThat(dates(extract("Man wounded near gas station", "A man was shot and wounded near a gas station around "
                + "1:30 a.m., police said."))).containsExactly("2030-04-10");
    }

    @Test
    void aReportThatNamesNoDayIsAboutItsPublicationDay() {
        var e = extract("Man wounded near gas station", "A man was shot and wounded near a gas station, police said.");
        Claim c = e.claims().stream().filter(x -> x.slot() == Slot.DATE).findFirst().orElseThrow();
        assertThat(c.value()).isEqualTo("2030-04-10");
        assertThat(c.qualifier()).isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
        assertThat(c.evidence().sentenceIndex()).isZero();
        // a page that reports no incident claims no day
        assertThat(dates(extract("Road closed", "Police closed a road near a gas station for several hours."))).isEmpty();
    }

    @Test
    void aPagesTimeStampOrAnEmbeddedPostsDateIsNotTheEventsDay() {
        assertThat(dates(extract("Man wounded near gas station", "By Jane Roe Updated: Apr 8, 2030 - 12:21 AM\n\n"
                + "A man was shot and wounded near a gas station, police said."))).containsExactly("2030-04-10");
        assertThat(dates(extract("Man wounded near park", "A man was shot and wounded near a park, police said.\n\n"
                + "Shots fired near the park pic.twitter.com/abc123 — Jane Roe (@janeroe) April 8, 2030"))).containsExactly("2030-04-10");
        // a police release's day with its clock time is the event's
        assertThat(dates(extract("Man found dead", "On Monday, April 8, 2030 at approximately 10:18 a.m., deputies found a man "
                + "shot in his deer stand."))).containsExactly("2030-04-08");
    }

    @Test
    void aLateNightWithoutItsDayOrAVideosLengthNamesNoDay() {
        // "a late night shooting" leaves the day to a later sentence
        var e = extract("Two hurt in shooting", "Two people were injured in a late night shooting, officials said. Neighbors heard "
                + "several shots. Deputies closed the street. A dog barked for an hour. Nobody has been arrested. Officers were "
                + "called to the bar at 11:50 p.m. Sunday.");
        assertThat(dates(e)).containsExactly("2030-04-07");
        // "1:16 Sunday Interview" is a video of 1 minute 16, not a shooting at 1:16 on Sunday
        assertThat(dates(extract("Man wounded near park", "A man was shot and wounded near a park, police said.\n\n"
                + "1:16 Sunday Interview: a baker on growing a family business"))).containsExactly("2030-04-10");
    }

    @Test
    void aDayTheHeadlineOrOpeningNamesOutranksALaterStepsDay() {
        var e = extract("Man wounded Monday near gas station", "A man was shot and wounded near a gas station, police said Tuesday.");
        assertThat(dates(e)).containsExactly("2030-04-08");
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.EXACT);
    }

    @Test
    void aLaterStepsDayInTheOpeningDatesTheEventOnlyAsALaterStep() {
        // the headline's day is the arrest's: the report names no day of the shooting
        var e = extract("Suspect detained Tuesday", "A man was wounded near a gas station.");
        assertThat(dates(e)).containsExactly("2030-04-10");
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
    }

    @Test
    void aHyphenInsideAWordEndsNoClause() {
        // "a 7-year-old Monday night" belongs to "shot", not to the cleaning of the street
        assertThat(dates(extract("Boy wounded", "Crews cleaned the street Tuesday after a gunman shot a 7-year-old Monday night.")))
                .containsExactly("2030-04-08");
    }

    @Test
    void theBestRankedDayOfTheOpeningCounts() {
        // no event sentence names a day: "the Saturday afternoon shooting" outranks the cleaning's Sunday before it
        var e = extract("Boy recovering", "A boy is recovering. Relatives visited him at the hospital. "
                + "Neighbors cleaned the sidewalk on Sunday, a day after the Saturday afternoon shooting.");
        assertThat(dates(e)).containsExactly("2030-04-06");
    }

    @Test
    void aComingStepsDayIsNoDayOfTheEvent() {
        // "will face a judge on Tuesday" resolves to last Tuesday; the report names no day of the shooting
        assertThat(dates(extract("Man charged", "The man will face a judge on Tuesday after a teenager was shot at a party.")))
                .containsExactly("2030-04-10");
        assertThat(dates(extract("Girl wounded", "A girl who was shot at a home could be released as early as Monday.")))
                .containsExactly("2030-04-10");
        assertThat(dates(extract("Man found dead", "A man was found shot dead at his home. Relatives were told. "
                + "An autopsy is scheduled for Tuesday."))).containsExactly("2030-04-10");
        // a day set off by a comma after a coming event's clause is that event's
        assertThat(dates(extract("Man found dead", "A man was found shot dead at his home. Relatives were told. "
                + "A candlelight vigil will be held at the family's home, Saturday 7 p.m."))).containsExactly("2030-04-10");
        // a modal does not make the shooting's own day a coming one
        assertThat(dates(extract("Man shot", "Police have not said whether charges might be brought over the shooting Monday night.")))
                .containsExactly("2030-04-08");
    }

    @Test
    void anInvitationToWatchABroadcastNamesNoDayOfTheEvent() {
        assertThat(dates(extract("Man dies after shooting himself", "A man died from a gunshot wound, the coroner said. "
                + "Tune in to WMBF News Tuesday at 6 p.m. for the latest."))).containsExactly("2030-04-10");
    }

    @Test
    void aWeekdayOfAShootingAWeekAgoIsLastWeeks() {
        // "shot one week ago ... Wednesday afternoon" in a Wednesday page is the Wednesday before
        assertThat(dates(extract("Professor memorialized", "Investigators say Wilder was shot one week ago while driving "
                + "down Woodland Avenue Wednesday afternoon."))).containsExactly("2030-04-03");
    }

    @Test
    void aPageDatedByItsUpdateTellsItsWeekdaysInTheWeekItWasPosted() {
        assertThat(dates(extract("1 dead in shooting", "Posted: Wednesday, March 27, 2030 7:39 AM EST Updated: Wednesday, "
                + "April 10, 2030 7:39 AM EST\nA man was killed and three others were injured early Saturday morning at a house.")))
                .containsExactly("2030-03-23");
    }

    @Test
    void aBareWeekdayIsTheDatedWeekdayOfThatNameThePageNames() {
        // "Monday night" in a Wednesday page means the "Monday, April 1" the page names, not this week's Monday
        assertThat(dates(extract("Girl wounded", "A girl was shot in a drive-by shooting in the city Monday night, police say. "
                + "Police said it happened around 11 p.m. Monday, April 1 at a home on Main Street.")))
                .doesNotContain("2030-04-08");
    }

    @Test
    void moreLaterSteps() {
        // a day that modifies a later step, an autopsy, a plea: each yields to another day of the report
        assertThat(dates(extract("Man charged", "A man wept at his Tuesday arraignment, accused of leaving a neighbor bleeding in "
                + "the street on Sunday."))).containsExactly("2030-04-07");
        assertThat(dates(extract("Man found dead", "An autopsy Tuesday found that the man found in the river on Sunday had been shot.")))
                .containsExactly("2030-04-07");
        assertThat(dates(extract("Man pleads", "The man entered a plea Tuesday in the death of a boy found in a creek on Sunday.")))
                .containsExactly("2030-04-07");
        // mourning dress and a discharge from the hospital are later steps too
        assertThat(dates(extract("Classmates remember boy", "The boy died Sunday, and classmates wore camouflage Tuesday in his honor.")))
                .containsExactly("2030-04-07");
        var e = extract("Girl home", "The girl who was shot in the arm was discharged Tuesday evening.");
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
    }

    @Test
    void beforeOrAfterRightBeforeATimeOpensNoClause() {
        // "shortly before 8 a.m. Tuesday" belongs to the release, not to the shooting the clause after it tells
        assertThat(dates(extract("Man released", "A man was released from jail shortly before 8 a.m. Tuesday, a day after he "
                + "shot a neighbor on Sunday."))).containsExactly("2030-04-07");
    }

    @Test
    void theShootingAsWhatALaterStepIsAboutIsNoDayOfIt() {
        // "charged a man with murder Thursday" is the charge's day
        assertThat(dates(extract("Man charged", "Police charged a man with murder Thursday in the death of a woman found in her car "
                + "on Monday."))).containsExactly("2030-04-08");
        // the shooting's own day further on stays its day
        assertThat(dates(extract("Student charged", "A student was charged Tuesday with homicide for the fatal shooting of a "
                + "classmate at an apartment complex Monday evening."))).containsExactly("2030-04-08");
    }

    @Test
    void anArrestWithoutIncidentTellsOfNoShooting() {
        assertThat(dates(extract("Man arrested", "Deputies arrested a man without incident on Tuesday. "
                + "Investigators say he shot a neighbor on Sunday."))).containsExactly("2030-04-07");
    }

    @Test
    void aShootingDeathIsTheShooting() {
        // the day of "the shooting death of" outranks a day of anything else
        assertThat(dates(extract("School closed", "Parents kept their children home on Tuesday after the shooting death of a "
                + "teenager on Monday."))).containsExactly("2030-04-08");
    }

    @Test
    void aDayThatModifiesTheShootingPastAnAdjective() {
        assertThat(dates(extract("New details", "Police released new details on Tuesday about the Sunday mass shooting at a park.")))
                .containsExactly("2030-04-07");
    }

    @Test
    void aDateOfBirthIsNoDayOfTheEvent() {
        assertThat(dates(extract("Man charged in shooting", "DOE, JOHN Date of Birth: 01/06/1992 Negligent Homicide. "
                + "A man was accidentally shot by his cousin at a home, deputies said."))).doesNotContain("1992-01-06");
    }

    @Test
    void facingAJudgeIsALaterStepButAShotInTheFaceIsNot() {
        var judge = extract("Man in court", "A man faced a judge Tuesday. He is accused of shooting his neighbor.");
        assertThat(judge.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
        var face = extract("Woman shot", "A woman was shot in the face Sunday at her home.");
        assertThat(dates(face)).containsExactly("2030-04-07");
        assertThat(face.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.EXACT);
    }

    @Test
    void aNamedDayOutranksToday() {
        assertThat(dates(extract("Two women hurt", "Two women were in the hospital today with wounds received late Monday.")))
                .containsExactly("2030-04-08");
        // alone, today is the publication day
        assertThat(dates(extract("Man hurt", "A man was shot today outside a store, police said."))).containsExactly("2030-04-10");
    }

    @Test
    void aDaySaidOfTheShootingInASentenceThatTellsNoEvent() {
        assertThat(dates(extract("Teens in court", "Three teenagers sat in a courtroom on Tuesday. Their lawyers asked for a delay. "
                + "The judge agreed. Prosecutors said the Sunday shooting outside the school was gang-related.")))
                .containsExactly("2030-04-07");
    }

    @Test
    void aGunOrAShootingNounBeforeAnotherNounIsNoShooting() {
        // "bought the gun on Friday" is the purchase's day
        assertThat(dates(extract("Woman charged", "Investigators say the woman bought the gun on Friday and shot her husband on "
                + "Sunday night."))).containsExactly("2030-04-07");
        // "the incident report" is a later step's
        var e = extract("Report released", "Police released the incident report on Monday about the boy who was shot.");
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
        // not the day right after the shooting noun
        assertThat(dates(extract("Two shot", "Police investigate two shootings Sunday night in the north end."))).containsExactly("2030-04-07");
    }

    @Test
    void andBetweenTwoNounsOpensNoClause() {
        // "in the arm and the leg Monday night" belongs to "shot", not to "told" after it
        assertThat(dates(extract("Boy hurt", "A boy was in critical condition Wednesday after a shooting. "
                + "Sam Roe was shot in the arm and the leg Monday night, his aunt told reporters.")))
                .containsExactly("2030-04-08");
    }

    @Test
    void aClockTimeAfterAReportingVerbIsTheReportedEventsTime() {
        var e = extract("Teen hurt", "A teenager was hurt at a friend's home. Police say at about 9:30 p.m. Monday one of the boys "
                + "fired a shot by accident.");
        Claim c = e.claims().stream().filter(x -> x.slot() == Slot.DATE).findFirst().orElseThrow();
        assertThat(c.value()).isEqualTo("2030-04-08");
        assertThat(c.qualifier()).isEqualTo(dev.triangulate.model.Qualifier.EXACT);
    }

    @Test
    void aLinkToAnotherStoryIsNoDayOfTheEvent() {
        assertThat(dates(extract("Three hurt", "Three people were wounded in a shooting at a park, police said. "
                + "Previous Story 4/9/30: Man Shot Near Downtown Bar"))).doesNotContain("2030-04-09");
    }

    @Test
    void theShootingAsWhatALaterStepIsAboutPastTheWordsThatLeadTheTime() {
        // "arrested in connection with the shooting just before noon Tuesday" is the arrest's day
        assertThat(dates(extract("Man arrested", "A man was arrested in connection with the shooting just before noon Tuesday, "
                + "police said. The girl was shot on Sunday outside her home."))).containsExactly("2030-04-07");
    }

    @Test
    void aVideoCaptionOpeningWithItsLengthIsNoDayOfTheEvent() {
        // "0:45 Crowds enjoy a sunny Sunday at the fair" captions another story's video
        assertThat(dates(extract("Man wounded", "A man was shot and wounded near a park, police said. "
                + "0:45 Crowds enjoy a sunny Sunday at the county fair"))).doesNotContain("2030-04-07");
    }

    @Test
    void aLaterStepsWeekdaySixDaysBeforeThePublicationDatesNothing() {
        // Thursday resolves to 2030-04-04: more likely the day after a stale page date than last week's search
        assertThat(dates(extract("Man shot near park", "A man was shot and wounded near a park. "
                + "Police were still searching for the gunman on Thursday morning.")))
                .containsExactly("2030-04-10");
        // a later step's weekday of this week still dates the event, as about
        assertThat(dates(extract("Man shot near park", "A man was shot and wounded near a park. "
                + "Police were still searching for the gunman on Monday morning.")))
                .containsExactly("2030-04-08");
    }

    @Test
    void aWeekdaySixDaysBeforeThePublicationIsOnlyAboutThatDay() {
        // Thursday resolves to 2030-04-04, last week's: as likely a stale page date's next day, so it yields to a stated day
        var e = extract("Man shot near park", "A man was shot and wounded near a park early Thursday, police said.");
        assertThat(dates(e)).containsExactly("2030-04-04");
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
        // "last Thursday" is last week's for sure
        var last = extract("Man shot near park", "A man was shot and wounded near a park last Thursday, police said.");
        assertThat(last.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.EXACT);
    }

    @Test
    void theDayTheStoryNamesItsShootingByOutranksADayOfAnotherShootingItRecalls() {
        // "On Sunday, a girl was shot ..." is an earlier shooting; "Tuesday's incident" is the story's own
        assertThat(dates(extract("Five shot in west Baltimore", "Police are searching for a gunman who wounded five people. "
                + "On Sunday, a 9-year-old girl was shot on Old York Road in an incident where four other people were the targets. "
                + "Tuesday's incident marks the third city shooting in five days."))).containsExactly("2030-04-09");
        // "a Tuesday night shooting" is another one
        assertThat(dates(extract("Girl shot", "Police are searching for a gunman. "
                + "On Sunday, a 9-year-old girl was shot on Old York Road. "
                + "Police are also investigating a Tuesday night shooting in East Oakland."))).containsExactly("2030-04-07");
    }

    @Test
    void turningOneselfInIsALaterStep() {
        var e = extract("Suspect surrenders", "Seve Volpone turned himself in to police on Tuesday after a warrant was issued "
                + "for his arrest on suspicion of assault, according to court records.");
        // a later step: only about, so a day another report says of the shooting outranks it
        assertThat(e.claims().stream().filter(c -> c.slot() == Slot.DATE).findFirst().orElseThrow().qualifier())
                .isEqualTo(dev.triangulate.model.Qualifier.ABOUT);
    }

    @Test
    void aWeatherAlertOnThePageDatesNothing() {
        assertThat(dates(extract("One dead in triple shooting",
                "Lake Effect Snow Warning issued April 8 at 6:51PM EST expiring April 9 at 4:00AM EST in effect for: Erie, Wyoming. "
                        + "A man was killed and two others were wounded when gunfire rang out in the first block of Warren Avenue.")))
                .doesNotContain("2030-04-09", "2030-04-08");
    }

    @Test
    void lastNightInSomeonesQuotedWordsIsTheirDaysNotThePages() {
        assertThat(dates(extract("Teen killed at party", "Two teens were killed at a house party. "
                + "\"We are saddened to learn of the tragic shooting that occurred close to one of our schools last night,\" "
                + "the district said in a statement."))).doesNotContain("2030-04-09");
    }

    @Test
    void aBoilerplatePageIsAboutItsPublicationDayWhenItsHeadlineTellsAShooting() {
        // the text is a sign-in form: no incident claim, but the headline tells of a shooting
        assertThat(dates(extract("Two teens walk into hospital with gunshot wounds",
                "Already a subscriber? Click on the button below to set up your account or log in.")))
                .containsExactly("2030-04-10");
        assertThat(dates(extract("Garden show opens downtown",
                "Already a subscriber? Click on the button below to set up your account or log in."))).isEmpty();
    }

    @Test
    void aBroadcastsCreditLineIsNoDayOfTheEvent() {
        assertThat(dates(extract("Boy shot at home", "A boy was shot and wounded at his home, police said. "
                + "Jane Roe reports for the Channel 4 News at 6 p.m. on Tuesday, April 9, 2030."))).doesNotContain("2030-04-09");
    }

    @Test
    void aYearlessDateMonthsAfterThePublicationIsLastYears() {
        var e = RealAnalysis.extract("Boy wounded", "A boy was shot on December 30th at an apartment complex around 9:30, police said.",
                "2030-01-03T18:00:00Z");
        assertThat(dates(e)).containsExactly("2029-12-30");
    }

    @Test
    void aDayToldAsDaysAfterTheShootingDatesTheShootingThatManyDaysBefore() {
        assertThat(dates(extract("Teen dies", "A 17-year-old boy died on Tuesday, two days after he was shot near a park.")))
                .containsExactly("2030-04-07");
        assertThat(dates(extract("Man arrested", "A man was arrested Tuesday on a weapons charge, a day after he accidentally shot "
                + "his friend at a home."))).containsExactly("2030-04-08");
        // a shooting told as of "the previous night" ahead of the day is of the day before it
        assertThat(dates(extract("Children wounded", "A mother stands outside her home where bullets struck two children "
                + "during a drive-by shooting the previous night, on East Houston Street on Tuesday.")))
                .containsExactly("2030-04-08");
    }

    @Test
    void aStateThatGoesOnIsALaterStep() {
        // "still on the scene Tuesday morning" is after the shooting: the headline's day comes first
        assertThat(dates(extract("Man shot Monday night near park",
                "Police were still on the scene Tuesday morning after a man was shot near a park."))).containsExactly("2030-04-08");
        assertThat(dates(extract("Man shot Monday night near park",
                "An investigation was underway Tuesday after a man was shot near a park."))).containsExactly("2030-04-08");
        assertThat(dates(extract("Man shot Monday night near park",
                "Officers were on foot patrol in the neighborhood Tuesday after a man was shot near a park."))).containsExactly("2030-04-08");
    }

    @Test
    void aPresentTenseInTheBodyTellsASchedule() {
        // "turns 8 on Saturday" is a coming birthday, resolved into the past
        assertThat(dates(extract("Boy wounded at home", "A boy was shot and wounded at his home, police said. "
                + "The boy who was shot turns 8 on Saturday."))).doesNotContain("2030-04-06");
        // a saying in the present is no schedule
        assertThat(dates(extract("Boy wounded at home", "A boy was shot and wounded at his home. Police say Monday they have a suspect.")))
                .containsExactly("2030-04-08");
    }

    @Test
    void aPluralTakenForANameAtTheSentencesStartStillRanksByItsWord() {
        // "Autopsies" opening the sentence is tagged as a name whose lemma stays plural: still a later step
        assertThat(dates(extract("Two men found shot to death Monday night",
                "Autopsies Tuesday found both men died of gunshot wounds."))).containsExactly("2030-04-08");
    }

    @Test
    void aStateReachedByADayIsALaterStep() {
        assertThat(dates(extract("Woman killed Monday night in her home",
                "By Tuesday evening, candles and flowers marked the sidewalk in front of the house."))).containsExactly("2030-04-08");
    }

    @Test
    void aPagesDateLineIsNoDayOfTheEvent() {
        // the date in parentheses after the dateline's place is when the page was written
        assertThat(dates(extract("Teen accidentally shot", "JAY COUNTY, Ind. (April 10, 2030)— A 15-year-old boy was accidentally "
                + "shot by his friend while they were hunting deer. Officers responded to the scene just after 4:30 p.m. Tuesday.")))
                .containsExactly("2030-04-09");
        // so is a full date standing alone under the headline
        assertThat(dates(extract("Teenager shot", "In Lake Stevens\n\nApril 10, 2030\n\n"
                + "The sheriff's office is investigating the shooting of a teenager in Lake Stevens Tuesday night.")))
                .containsExactly("2030-04-09");
    }

    @Test
    void aCourtIsALaterStepOnlyAsACourtOfLaw() {
        // a basketball court is where the shooting was, so its day is the shooting's
        assertThat(dates(extract("Teen in critical condition", "A 12-year-old was in critical condition Tuesday after he and three "
                + "others were shot. Four teens were shot on the basketball court Monday evening, police said.")))
                .containsExactly("2030-04-08");
        // "court" before a noun is still the law's: "his first court appearance on Monday"
        assertThat(dates(extract("Teen charged", "The 19-year-old charged with shooting three relatives to death on Saturday night "
                + "made his first court appearance on Monday."))).containsExactly("2030-04-06");
    }
}
