package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction rules over real CoreNLP annotations of sentences written for these tests. */
class ClaimExtractorTest {
    static ExtractedArticle extract(String title, String body) {
        return RealAnalysis.extract(title, body, "2030-04-10T18:00:00Z");
    }

    static List<Claim> claims(ExtractedArticle e, Slot slot) {
        return e.claims().stream().filter(c -> c.slot() == slot).toList();
    }

    @Test
    void countsWithQualifiersAttributionAndHedge() {
        var e = extract("", "Three people were killed and at least twelve were wounded when the bridge collapsed, police said. "
                + "The gunman reportedly fired about 20 shots. Officers arrested two men.");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value, Claim::qualifier, Claim::attribution)
                .containsExactly(tuple("3", Qualifier.EXACT, "police"));
        assertThat(claims(e, Slot.INJURED)).extracting(Claim::value, Claim::qualifier).containsExactly(tuple("12", Qualifier.AT_LEAST));
        assertThat(claims(e, Slot.SHOTS)).extracting(Claim::value, Claim::qualifier, Claim::hedge)
                .containsExactly(tuple("20", Qualifier.ABOUT, "reportedly"));
        assertThat(claims(e, Slot.ARRESTED)).extracting(Claim::value).containsExactly("2");
    }

    @Test
    void evidenceSpanPointsAtTheStatingWords() {
        var e = extract("", "Witnesses said at least four people were injured in the blast.");
        Claim c = claims(e, Slot.INJURED).get(0);
        assertThat(c.evidence().span()).isEqualTo("at least four people were injured");
        assertThat(e.article().text().substring(c.evidence().begin(), c.evidence().end())).isEqualTo(c.evidence().span());
    }

    @Test
    void nobodyHurtIsAZeroCount() {
        var e = extract("", "No one was injured, the fire service said.");
        assertThat(claims(e, Slot.INJURED)).extracting(Claim::value).containsExactly("0");
    }

    @Test
    void ordinaryNumbersAreNotCasualties() {
        var e = extract("", "The council voted seven to four for the plan. Four councillors spoke for six hours. "
                + "They will die one by one, he said.");
        assertThat(e.claims()).noneMatch(c -> c.slot().numeric() && c.subject().equals(Claim.INCIDENT));
    }

    @Test
    void participantsAgesRolesAndFates() {
        var e = extract("", "Police chief Hanna Kovic said the gunman, a 41-year-old man, was arrested at the scene. "
                + "The victim, Paul Dremm, 63, a retired teacher, was shot dead in Lowbridge. "
                + "The attacker was a 19-year-old off-duty policeman.");
        assertThat(e.claims()).extracting(Claim::subject, Claim::slot, Claim::value).contains(
                tuple("Hanna Kovic", Slot.ROLE, "police chief"),
                tuple(Claim.PERPETRATOR, Slot.AGE, "41"),
                tuple(Claim.PERPETRATOR, Slot.FATE, "arrested"),
                tuple("Paul Dremm", Slot.AGE, "63"),
                tuple("Paul Dremm", Slot.ROLE, "retired teacher"),
                tuple("Paul Dremm", Slot.FATE, "killed"),
                tuple(Claim.INCIDENT, Slot.VICTIM, "Paul Dremm"),
                tuple(Claim.PERPETRATOR, Slot.AGE, "19"),
                tuple(Claim.PERPETRATOR, Slot.ROLE, "off-duty police officer"),
                tuple(Claim.INCIDENT, Slot.PLACE, "Lowbridge"));
    }

    @Test
    void placeIsTheEventsPlaceNotADirectionOrHistory() {
        var e = extract("Envoy to Norway killed in Lisbon",
                "The envoy to Norway was killed in Lisbon, Portugal, on Wednesday evening at the City Arts Museum. "
                        + "A diplomat was also shot dead in Madrid in 1979.");
        assertThat(claims(e, Slot.PLACE)).extracting(Claim::value).containsExactly("Lisbon");
        assertThat(claims(e, Slot.COUNTRY)).extracting(Claim::value).containsExactly("Portugal");
        assertThat(claims(e, Slot.VENUE)).extracting(Claim::value).contains("City Arts Museum");
        // "Wednesday evening" before a Thursday publication date is the day before
        assertThat(claims(e, Slot.DATE)).extracting(Claim::value).containsExactly("2030-04-10");
    }

    @Test
    void quoteSpeakersByEachRule() {
        var e = extract("", """
                "We have secured the area," police chief Hanna Kovic said.

                Kovic said: "There is no further danger to the public."

                "He walked in and started shooting," said Ada Lunn, a cashier.

                "I hid behind the counter until it stopped."

                The gunman shouted "you will all remember this day" before he fled, according to witnesses.
                """);
        assertThat(e.quotes()).filteredOn(Quote::direct).extracting(Quote::speaker, Quote::text).containsExactly(
                tuple("Hanna Kovic", "We have secured the area"),
                tuple("Kovic", "There is no further danger to the public."),
                tuple("Ada Lunn", "He walked in and started shooting"),
                tuple("Ada Lunn", "I hid behind the counter until it stopped."),
                tuple("witnesses", "you will all remember this day"));
        assertThat(e.claims()).extracting(Claim::subject, Claim::slot, Claim::value).contains(tuple("Ada Lunn", Slot.ROLE, "cashier"));
    }

    @Test
    void weaponNouns() {
        var e = extract("", "The man, armed with a shotgun and a knife, opened fire.");
        assertThat(claims(e, Slot.WEAPON)).extracting(Claim::value).containsExactly("shotgun", "knife");
    }

    @Test
    void vagueAndSpelledOutCountsKeepTheirQualifier() {
        var e = extract("", "Dozens of people were injured when the stand collapsed. Twenty-two people were killed, officials said.");
        assertThat(claims(e, Slot.INJURED)).extracting(Claim::qualifier).containsExactly(Qualifier.SEVERAL);
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value, Claim::qualifier).containsExactly(tuple("22", Qualifier.EXACT));
    }

    @Test
    void negatedCountsAreNotCasualties() {
        var e = extract("", "A gunman killed one man at the depot. Two officers were not injured. "
                + "Police said no arrests were made.");
        assertThat(claims(e, Slot.INJURED)).extracting(Claim::value).doesNotContain("2");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(e, Slot.ARRESTED)).extracting(Claim::value).containsAnyOf("0").doesNotContain("1");
    }

    @Test
    void hedgedReportsCarryTheirHedge() {
        var e = extract("", "Unconfirmed reports said five people died in the fire. "
                + "The suspect was allegedly armed with a rifle.");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value, Claim::hedge).containsExactly(tuple("5", "unconfirmed"));
    }

    @Test
    void anEarlierAttackMentionedAsBackgroundIsNotThisIncident() {
        var e = extract("Gunman kills two at Port Alder market",
                "Two people were killed on Monday when a gunman opened fire at the Port Alder market. "
                        + "In a similar attack last year, a bomber killed 14 people at the same market. "
                        + "The shooting came three weeks after an earlier attack left nine dead in Granholt.");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value).containsOnly("2");
    }

    @Test
    void aStateAfterTheCityIsTheRegion() {
        var e = extract("Man shot dead in Dayton", "A man was shot and killed Tuesday night in Dayton, Ohio, police said.");
        assertThat(claims(e, Slot.PLACE)).extracting(Claim::value).containsExactly("Dayton");
        assertThat(claims(e, Slot.REGION)).extracting(Claim::value).containsExactly("Ohio");
        assertThat(claims(e, Slot.COUNTRY)).extracting(Claim::value).containsExactly("United States");
    }

    @Test
    void aRoundupIsSplitIntoItsIncidentsAndAReportIsNot() {
        var roundup = extract("Regional briefs",
                "Two workers were killed on Monday night when a fire gutted a warehouse in Granholt.\n\n"
                        + "Separately, 14 passengers were injured when a bus crashed near Velmora on Monday.\n\n"
                        + "In Linden Bay, police arrested three men after a man was stabbed outside a bar.");
        assertThat(roundup.events()).hasSize(3);
        // the bus passengers, and the man stabbed outside the bar
        assertThat(claims(roundup, Slot.INJURED)).extracting(c -> roundup.eventAt(c.evidence().begin())).containsExactly(1, 2);
        assertThat(claims(roundup, Slot.ARRESTED)).extracting(c -> roundup.eventAt(c.evidence().begin())).containsExactly(2);
        var report = extract("Two killed in Granholt fire",
                "Two workers were killed on Monday night when a fire gutted a warehouse in Granholt.\n\n"
                        + "Meanwhile, officials in Granholt said the warehouse had failed an inspection.\n\n"
                        + "In Granholt, residents said the fire burned for hours.");
        assertThat(report.events()).hasSize(1);
    }

    @Test
    void peopleCountWithoutANumber() {
        var single = extract("Man shot dead in Dayton", "A 23-year-old man was shot and killed Tuesday night, police said. "
                + "He was taken to a hospital, where he died.");
        assertThat(claims(single, Slot.KILLED)).extracting(Claim::value).containsOnly("1");
        assertThat(claims(single, Slot.INJURED)).isEmpty();
        var wounded = extract("", "A woman was shot in the leg outside a store on Monday, police said. She is expected to survive.");
        assertThat(claims(wounded, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(wounded, Slot.KILLED)).isEmpty();
        var group = extract("", "Three people were shot early Sunday outside a club. Police said a 19-year-old man died at the scene.");
        assertThat(claims(group, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(group, Slot.INJURED)).extracting(Claim::value).containsExactly("2");
        var stated = extract("", "Two people were killed when a gunman opened fire. A man was shot and killed near the door.");
        assertThat(claims(stated, Slot.KILLED)).extracting(Claim::value).containsExactly("2");
    }

    @Test
    void peopleShotAsTheObjectOfTheVerbAndInHeadlines() {
        var active = extract("", "A Sandy man claims he accidentally shot his wife in the shoulder on Tuesday night. "
                + "She was taken to a hospital.");
        assertThat(claims(active, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        var headline = extract("Man shot while hunting rabbits", "The man was treated and released Saturday, authorities said.");
        assertThat(claims(headline, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        var killedHeadline = extract("Man killed in crash", "Police have not released his name.");
        assertThat(claims(killedHeadline, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        var bullet = extract("", "A stray bullet struck a neighbor in the arm, deputies said.");
        assertThat(claims(bullet, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        var notShot = extract("", "The man did not shoot his brother, his lawyer said.");
        assertThat(claims(notShot, Slot.INJURED)).isEmpty();
    }

    @Test
    void aDayAfterThePersonAndAnAgeAfterTheNameDoNotHideThePerson() {
        var e = extract("12-year-old boy fatally shot, police investigating",
                "Police are investigating a shooting that killed a 12-year-old boy Saturday in Port Alder.");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        var f = extract("", "A man is in custody after a shooting near the lake on Friday. "
                + "Ivo Brandt, 25, died shortly after he was shot at a house on Daniel Road.");
        assertThat(claims(f, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(f, Slot.INJURED)).as("the one shot is the one who died").isEmpty();
    }

    @Test
    void notSeriouslyInjuredIsInjured() {
        var e = extract("", "Shots were fired at a store on Perrysville Avenue on Friday. "
                + "The clerk was not seriously injured, but was taken to a local hospital for treatment.");
        assertThat(claims(e, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        var f = extract("", "Shots were fired at a store on Perrysville Avenue on Friday. The clerk was not injured.");
        assertThat(claims(f, Slot.INJURED)).extracting(Claim::value).doesNotContain("1");
    }

    @Test
    void aMurderSuicideCountsTheShooter() {
        var e = extract("Man kills 3-year-old daughter in Conroe murder-suicide",
                "A man shot and killed his 3-year-old daughter before turning the gun on himself Friday evening.");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value).containsExactly("2");
        var f = extract("", "A man barricaded in a house on Friday was threatening to kill himself. Officers talked him out after ten hours.");
        assertThat(claims(f, Slot.KILLED)).isEmpty();
        var g = extract("", "A toddler accidentally shot and killed himself on Friday while playing with a gun at his grandmother's house.");
        assertThat(claims(g, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        var h = extract("", "The sheriff said a female shooter shot a student on Friday and then killed herself. The student was wounded.");
        assertThat(claims(h, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        var i = extract("", "A man was shot in the leg on Friday and took himself to Stroger Hospital.");
        assertThat(claims(i, Slot.KILLED)).isEmpty();
    }

    @Test
    void shotOneFatally() {
        var e = extract("", "Four teenagers were shot, one fatally, while sitting in a parked van on Friday.");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(e, Slot.INJURED)).extracting(Claim::value).containsExactly("3");
        var f = extract("", "Police said shots were fired on Friday. Officers arrived within minutes. "
                + "A teenager shot in the head in her own front yard has died.");
        assertThat(claims(f, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
    }

    @Test
    void aHeadlineSayingSomeoneIsDead() {
        assertThat(claims(extract("Teen, 17, dead in apparent accidental shooting in Arlington", "Police are investigating."), Slot.KILLED))
                .extracting(Claim::value).containsExactly("1");
    }

    @Test
    void deathsSaidWithoutAKillingVerb() {
        for (String body : List.of(
                "A man is dead after what may have been an accidental shooting near the lake on Friday.",
                "Deputies were called to a house on Daniel Road on Friday. The boy was pronounced dead at the scene.",
                "Police arrested two men early Sunday after a man was found shot to death inside a residence.",
                "A 20-year-old man was shot several times on Friday and died at a hospital.",
                "A boy was hit during a hunting trip on Friday. The boy later succumbed to his injuries.",
                "Police said shots were fired in the 1700 block of Rena Street on Thursday. Officers arrived within minutes. "
                        + "The 16-year-old was pronounced dead at the scene.")) {
            assertThat(claims(extract("", body), Slot.KILLED)).as(body).extracting(Claim::value).containsExactly("1");
        }
    }

    @Test
    void theNamedPersonShotIsTheUnnamedPersonKilled() {
        var e = extract("", "A junior high school student was accidentally shot and killed on March 11. "
                + "Investigators said his father shot Roberts while cleaning a rifle.");
        assertThat(claims(e, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(e, Slot.INJURED)).isEmpty();
    }

    @Test
    void aClockTimeDatesTheEventOnlyWhenNoDayIsNamed() {
        // published on Wednesday 2030-04-10: "10 p.m." alone would resolve to the publication day
        var named = RealAnalysis.extract("Man shot near gas station", "A man was shot around 10 p.m. near a gas station. "
                + "Officers found him after the shooting on Tuesday, police said.", "2030-04-10T18:00:00Z");
        assertThat(claims(named, Slot.DATE)).extracting(Claim::value).containsExactly("2030-04-09");
        assertThat(claims(named, Slot.TIME)).extracting(Claim::value).containsExactly("22:00");
        var clockOnly = RealAnalysis.extract("Man shot near gas station", "A man was shot around 2 a.m. near a gas station, police said.", "2030-04-10T18:00:00Z");
        assertThat(claims(clockOnly, Slot.DATE)).extracting(Claim::value).containsExactly("2030-04-10");
    }

    static List<String> victims(ExtractedArticle e) {
        return claims(e, Slot.VICTIM).stream().map(Claim::value).distinct().toList();
    }

    @Test
    void victimsNamedInAListOfIdentifiedPeople() {
        var e = extract("Two killed in shooting", "Two men were killed in a shooting on Friday night. "
                + "The two victims killed in the shooting were identified as Davon Dozier, 23, and Troy Smothers, 29, police said.");
        assertThat(victims(e)).contains("Davon Dozier", "Troy Smothers");
    }

    @Test
    void aPronounIsNotTheOfficialWhoSpokeNorAPersonOfTheOtherSex() {
        var official = extract("Man shot", "Police spokesman John Carter said officers found a man with a gunshot wound. "
                + "He later died at a hospital.");
        assertThat(victims(official)).doesNotContain("John Carter");
        var sex = extract("Woman shot", "Michael Smith, 45, told reporters that he heard gunshots outside. "
                + "She later died at a hospital.");
        assertThat(victims(sex)).doesNotContain("Michael Smith");
    }

    @Test
    void aShootingSuspectIsNoVictim() {
        var e = extract("Standoff ends", "Police arrested shooting suspect Robert Lewis Dear after a five-hour standoff.");
        assertThat(victims(e)).doesNotContain("Robert Lewis Dear");
    }

    @Test
    void aDayAfterThePublicationIsAComingEventNotTheIncident() {
        var e = RealAnalysis.extract("Vigil planned for shooting victim", "Friends will hold a vigil on Saturday, April 13, "
                + "for the man who was shot and killed on Tuesday, police said.", "2030-04-10T18:00:00Z");
        assertThat(claims(e, Slot.DATE)).extracting(Claim::value).containsExactly("2030-04-09");
    }

    @Test
    void aPersonWhoShootsHimselfOrIsLeftInjured() {
        var headline = extract("Teen accidentally shoots himself near campus", "Officers responded around 7:30 p.m. Saturday.");
        assertThat(claims(headline, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        var after = extract("", "A teen was taken to the hospital after accidentally shooting himself, police said.");
        assertThat(claims(after, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        var left = extract("", "Authorities have released new information in a drive-by shooting that left a 12-year-old girl injured.");
        assertThat(claims(left, Slot.INJURED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(left, Slot.KILLED)).isEmpty();
    }

    @Test
    void countsOfSingularPersonNounsAndDeathsSaidOtherwise() {
        var counted = extract("Fight turns deadly; 1 teenager killed, another injured by gunfire", "Police responded early Monday.");
        assertThat(claims(counted, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        var passed = extract("", "The wounded boy passed away on Sunday, his family said.");
        assertThat(claims(passed, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        var headline = extract("Teenager shot, killed inside house", "Police have not released a name.");
        assertThat(claims(headline, Slot.KILLED)).extracting(Claim::value).containsExactly("1");
        assertThat(claims(headline, Slot.INJURED)).isEmpty();
    }
}
