package dev.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactStatus;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Slot;
import dev.triangulate.model.Story;
import dev.triangulate.model.StoryReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StoryReconcilerTest {

    /** A tiny article builder: each claim is stated by the whole of its one-sentence body. */
    static final class A {
        final String id, outlet, body;
        final Instant published;
        final List<Claim> claims = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();

        A(String id, String outlet, String published, String body) {
            this.id = id;
            this.outlet = outlet;
            this.published = published == null ? null : Instant.parse(published);
            this.body = body;
        }

        A claim(String subject, Slot slot, String value, Qualifier q) {
            claims.add(new Claim(subject, slot, value, q, null, null, new Evidence(id, 0, body, 0, 0, body.length())));
            return this;
        }

        final List<dev.triangulate.model.EntityMention> people = new ArrayList<>();

        /** A person the analysis found in the text (no claim of its own). */
        A person(String name) {
            people.add(new dev.triangulate.model.EntityMention(name, dev.triangulate.model.EntityType.PERSON, 0, 0, 1, 0, name.length()));
            return this;
        }

        A quote(String speaker, String text) {
            quotes.add(new Quote(speaker, text, new Evidence(id, 0, body, 0, 0, 3)));
            return this;
        }

        ExtractedArticle build() {
            Article a = new Article(id, "title " + id, body, outlet, null, published, null, null, id);
            return new ExtractedArticle(new AnnotatedArticle(a, List.of(), List.of(), people, List.of(), List.of(), List.of()),
                    claims, quotes);
        }
    }

    static Fact fact(StoryReport r, String subject, Slot slot) {
        return r.facts().stream().filter(f -> f.subject().equals(subject) && f.slot() == slot).findFirst().orElseThrow();
    }

    static StoryReport reconcile(A... articles) {
        return new StoryReconciler().reconcile(new Story("s1", java.util.Arrays.stream(articles).map(A::build).toList()));
    }

    @Test
    void atLeastAgreesWithALargerExactCountAcrossIndependentOutlets() {
        var r = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "Body one about a crash.").claim(Claim.INCIDENT, Slot.INJURED, "8", Qualifier.AT_LEAST),
                new A("b", "Two", "2024-01-01T10:05:00Z", "Another body entirely.").claim(Claim.INCIDENT, Slot.INJURED, "11", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.INJURED).status()).isEqualTo(FactStatus.CORROBORATED);
    }

    @Test
    void differentCountsAtTheSameTimeAreDisputed() {
        var r = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "x").claim(Claim.INCIDENT, Slot.KILLED, "4", Qualifier.EXACT),
                new A("b", "Two", "2024-01-01T10:00:00Z", "y").claim(Claim.INCIDENT, Slot.KILLED, "8", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.KILLED).status()).isEqualTo(FactStatus.DISPUTED);
    }

    @Test
    void aCountToldWeeksLaterIsNoDevelopment() {
        var r = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "x").claim(Claim.INCIDENT, Slot.INJURED, "3", Qualifier.EXACT),
                new A("b", "Two", "2024-01-01T11:00:00Z", "y").claim(Claim.INCIDENT, Slot.INJURED, "3", Qualifier.EXACT),
                new A("c", "Three", "2024-02-10T08:00:00Z", "z").claim(Claim.INCIDENT, Slot.INJURED, "2", Qualifier.EXACT));
        Fact injured = fact(r, Claim.INCIDENT, Slot.INJURED);
        assertThat(injured.status()).isEqualTo(FactStatus.DISPUTED);
        assertThat(injured.leading().orElseThrow().value()).isEqualTo("3");
    }

    @Test
    void aRisingTollOverTimeIsDevelopingButAnAgeIsNot() {
        var r = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "x").claim(Claim.INCIDENT, Slot.KILLED, "9", Qualifier.EXACT)
                        .claim(Claim.PERPETRATOR, Slot.AGE, "30", Qualifier.EXACT),
                new A("b", "Two", "2024-01-02T08:00:00Z", "y").claim(Claim.INCIDENT, Slot.KILLED, "12", Qualifier.EXACT)
                        .claim(Claim.PERPETRATOR, Slot.AGE, "31", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.KILLED).status()).isEqualTo(FactStatus.DEVELOPING);
        assertThat(fact(r, Claim.PERPETRATOR, Slot.AGE).status()).isEqualTo(FactStatus.DISPUTED);
    }

    @Test
    void theInjuredWhoDiedAreNoInjuredVictims() {
        // one report: "a girl was shot"; the others: "the girl died"
        var r = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "A girl was shot.").claim(Claim.INCIDENT, Slot.INJURED, "1", Qualifier.EXACT),
                new A("b", "Two", "2024-01-02T10:00:00Z", "The girl died.").claim(Claim.INCIDENT, Slot.KILLED, "1", Qualifier.EXACT));
        assertThat(r.facts()).noneMatch(f -> f.subject().equals(Claim.INCIDENT) && f.slot() == Slot.INJURED);
        assertThat(fact(r, Claim.INCIDENT, Slot.KILLED).leading().orElseThrow().value()).isEqualTo("1");
        // a report that counts both, or injured "others", or more injured than dead: other people
        var both = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "A girl was shot.").claim(Claim.INCIDENT, Slot.INJURED, "1", Qualifier.EXACT)
                        .claim(Claim.INCIDENT, Slot.KILLED, "1", Qualifier.EXACT),
                new A("b", "Two", "2024-01-02T10:00:00Z", "The girl died.").claim(Claim.INCIDENT, Slot.KILLED, "1", Qualifier.EXACT));
        assertThat(fact(both, Claim.INCIDENT, Slot.INJURED).leading().orElseThrow().value()).isEqualTo("1");
        var others = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "Two others were hurt.").claim(Claim.INCIDENT, Slot.INJURED, "2", Qualifier.EXACT),
                new A("b", "Two", "2024-01-02T10:00:00Z", "Two died.").claim(Claim.INCIDENT, Slot.KILLED, "2", Qualifier.EXACT));
        assertThat(fact(others, Claim.INCIDENT, Slot.INJURED).leading().orElseThrow().value()).isEqualTo("2");
        var more = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "Three were shot.").claim(Claim.INCIDENT, Slot.INJURED, "3", Qualifier.EXACT),
                new A("b", "Two", "2024-01-02T10:00:00Z", "One died.").claim(Claim.INCIDENT, Slot.KILLED, "1", Qualifier.EXACT));
        assertThat(fact(more, Claim.INCIDENT, Slot.INJURED).leading().orElseThrow().value()).isEqualTo("3");
    }

    @Test
    void noneInjuredConflictsWithThreeWounded() {
        var r = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "x").claim(Claim.INCIDENT, Slot.INJURED, "0", Qualifier.EXACT),
                new A("b", "Two", "2024-01-01T10:00:00Z", "y").claim(Claim.INCIDENT, Slot.INJURED, "3", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.INJURED).status()).isEqualTo(FactStatus.DISPUTED);
    }

    @Test
    void copiesOfOneWireStoryAreOneSource() {
        String wire = "The gunman fired at least six shots from a shotgun in the crowded departure hall according to police "
                + "and the wounded were taken to the general hospital where two remain in a critical condition tonight.";
        var r = reconcile(
                new A("wire", "Wire", "2024-01-01T10:00:00Z", wire).claim(Claim.INCIDENT, Slot.WEAPON, "shotgun", Qualifier.EXACT),
                new A("copy", "Daily", "2024-01-01T11:00:00Z", wire + " Daily asked the operator for comment.")
                        .claim(Claim.INCIDENT, Slot.WEAPON, "shotgun", Qualifier.EXACT));
        assertThat(r.sources()).hasSize(1);
        assertThat(r.sources().get(0).articles()).containsExactly("wire", "copy");
        Fact weapon = fact(r, Claim.INCIDENT, Slot.WEAPON);
        assertThat(weapon.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
        assertThat(weapon.values().get(0).sources()).hasSize(2);
    }

    @Test
    void aliasesOfOneNameBecomeOneSubject() {
        var r = reconcile(
                new A("a", "One", null, "x").claim("Andrey Karlov", Slot.FATE, "killed", Qualifier.EXACT)
                        .claim(Claim.INCIDENT, Slot.VICTIM, "Andrey Karlov", Qualifier.EXACT),
                new A("b", "Two", null, "y").claim("Andrey G. Karlov", Slot.FATE, "killed", Qualifier.EXACT)
                        .claim(Claim.INCIDENT, Slot.VICTIM, "Andrey G. Karlov", Qualifier.EXACT),
                new A("c", "Three", null, "z").claim("Andrei Karlov", Slot.FATE, "shot", Qualifier.EXACT)
                        .claim("Karlov", Slot.AGE, "62", Qualifier.EXACT));
        assertThat(r.facts()).filteredOn(f -> f.slot() == Slot.FATE).hasSize(1)
                .first().satisfies(f -> assertThat(f.status()).isEqualTo(FactStatus.CORROBORATED));
        assertThat(r.facts()).filteredOn(f -> f.slot() == Slot.VICTIM).hasSize(1);
        String canonical = fact(r, Claim.INCIDENT, Slot.VICTIM).values().get(0).value();
        assertThat(fact(r, canonical, Slot.AGE).values().get(0).value()).isEqualTo("62");
    }

    @Test
    void quotesWithDifferentPunctuationMergeOncePerArticle() {
        var r = reconcile(
                new A("a", "One", null, "x").quote("perpetrator", "Don’t forget Aleppo, don’t forget Syria"),
                new A("b", "Two", null, "y").quote(null, "Don't forget Aleppo! Don't forget Syria!")
                        .quote("perpetrator", "God is great! don't forget Aleppo, don't forget Syria!"));
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).speaker()).isEqualTo("perpetrator");
        assertThat(r.quotes().get(0).sources()).extracting(s -> s.article()).containsExactly("a", "b");
    }

    @Test
    void multiValuedWordingsMerge() {
        var r = reconcile(
                new A("a", "One", null, "x").claim(Claim.INCIDENT, Slot.VENUE, "art gallery", Qualifier.EXACT),
                new A("b", "Two", null, "y").claim(Claim.INCIDENT, Slot.VENUE, "gallery", Qualifier.EXACT));
        assertThat(r.facts()).filteredOn(f -> f.slot() == Slot.VENUE).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FactStatus.CORROBORATED));
    }

    @Property(tries = 30)
    void arrivalOrderDoesNotChangeTheReport(@ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<A> articles = List.of(
                new A("a", "One", "2024-01-01T10:00:00Z", "x").claim(Claim.INCIDENT, Slot.KILLED, "2", Qualifier.EXACT).quote("Vell", "We will find him soon"),
                new A("b", "Two", "2024-01-01T11:00:00Z", "y").claim(Claim.INCIDENT, Slot.KILLED, "3", Qualifier.EXACT),
                new A("c", "Three", "2024-01-02T11:00:00Z", "z").claim(Claim.INCIDENT, Slot.KILLED, "4", Qualifier.EXACT).quote("Vell", "we will find him soon!"));
        StoryReport expected = reconcile(articles.toArray(A[]::new));
        List<A> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertThat(reconcile(shuffled.toArray(A[]::new))).isEqualTo(expected);
    }

    @Test
    void vagueAmountsAndApproximationsAreRanges() {
        var r = reconcile(
                new A("a", "One", "2024-01-01T10:00:00Z", "Dozens were hurt.").claim(Claim.INCIDENT, Slot.INJURED, "dozens", Qualifier.SEVERAL)
                        .claim(Claim.INCIDENT, Slot.KILLED, "40", Qualifier.ABOUT),
                new A("b", "Two", "2024-01-01T10:00:00Z", "Thirty were hurt.").claim(Claim.INCIDENT, Slot.INJURED, "30", Qualifier.EXACT)
                        .claim(Claim.INCIDENT, Slot.KILLED, "45", Qualifier.EXACT),
                new A("c", "Three", "2024-01-01T10:00:00Z", "Several died.").claim(Claim.INCIDENT, Slot.ARRESTED, "several", Qualifier.SEVERAL),
                new A("d", "Four", "2024-01-01T10:00:00Z", "Sixty were held.").claim(Claim.INCIDENT, Slot.ARRESTED, "60", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.INJURED).status()).isEqualTo(FactStatus.CORROBORATED);
        assertThat(fact(r, Claim.INCIDENT, Slot.KILLED).status()).isEqualTo(FactStatus.CORROBORATED);
        assertThat(fact(r, Claim.INCIDENT, Slot.ARRESTED).status()).isEqualTo(FactStatus.DISPUTED);
    }

    @Test
    void aDistrictIsInsideTheCityNotAnotherPlace() {
        var r = reconcile(
                new A("a", "One", null, "In North Quay, Port Alder.").claim(Claim.INCIDENT, Slot.PLACE, "Port Alder", Qualifier.EXACT)
                        .claim(Claim.INCIDENT, Slot.DISTRICT, "North Quay", Qualifier.EXACT),
                new A("b", "Two", null, "In North Quay.").claim(Claim.INCIDENT, Slot.PLACE, "North Quay", Qualifier.EXACT),
                new A("c", "Three", null, "In Granholt.").claim(Claim.INCIDENT, Slot.PLACE, "Port Alder", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.PLACE).status()).isEqualTo(FactStatus.CORROBORATED);
        assertThat(fact(r, Claim.INCIDENT, Slot.PLACE).values()).extracting(v -> v.value()).containsExactly("Port Alder");
        assertThat(fact(r, Claim.INCIDENT, Slot.DISTRICT).values().get(0).independentSources()).isEqualTo(2);
    }

    @Test
    void aCountyOrAPartNamedAfterTheTownYieldsToTheTown() {
        var county = reconcile(
                new A("a", "One", "2030-01-01T10:00:00Z", "In Orangeburg County.").claim(Claim.INCIDENT, Slot.PLACE, "Orangeburg County", Qualifier.EXACT),
                new A("b", "Two", "2030-01-01T11:00:00Z", "In Orangeburg County again.").claim(Claim.INCIDENT, Slot.PLACE, "Orangeburg County", Qualifier.EXACT),
                new A("c", "Three", "2030-01-01T12:00:00Z", "In Holly Hill.").claim(Claim.INCIDENT, Slot.PLACE, "Holly Hill", Qualifier.EXACT));
        assertThat(fact(county, Claim.INCIDENT, Slot.PLACE).values()).extracting(v -> v.value()).containsExactly("Holly Hill");
        assertThat(fact(county, Claim.INCIDENT, Slot.DISTRICT).values()).extracting(v -> v.value()).containsExactly("Orangeburg County");
        var part = reconcile(
                new A("a", "One", "2030-01-01T10:00:00Z", "In North Philadelphia.").claim(Claim.INCIDENT, Slot.PLACE, "North Philadelphia", Qualifier.EXACT),
                new A("b", "Two", "2030-01-01T11:00:00Z", "Philadelphia police.").claim(Claim.INCIDENT, Slot.PLACE, "Philadelphia", Qualifier.EXACT));
        assertThat(fact(part, Claim.INCIDENT, Slot.PLACE).values()).extracting(v -> v.value()).containsExactly("Philadelphia");
        var onlyCounty = reconcile(
                new A("a", "One", null, "In Brazos County.").claim(Claim.INCIDENT, Slot.PLACE, "Brazos County", Qualifier.EXACT));
        assertThat(fact(onlyCounty, Claim.INCIDENT, Slot.PLACE).values()).extracting(v -> v.value()).containsExactly("Brazos County");
    }

    @Test
    void ofTwoPlacesStatedOnceEachThePlaceMoreReportsNameLeads() {
        // the earlier report gives the neighbourhood; the later one the town, which both reports name
        var r = reconcile(
                new A("a", "One", "2030-01-01T10:00:00Z", "A man was shot in Granholt, Port Alder police said.")
                        .claim(Claim.INCIDENT, Slot.PLACE, "Granholt", Qualifier.EXACT),
                new A("b", "Two", "2030-01-01T11:00:00Z", "A man was shot in PORT ALDER on Monday.")
                        .claim(Claim.INCIDENT, Slot.PLACE, "Port Alder", Qualifier.EXACT));
        Fact place = fact(r, Claim.INCIDENT, Slot.PLACE);
        assertThat(place.leading().orElseThrow().value()).isEqualTo("Port Alder");
        assertThat(place.values()).extracting(v -> v.value() + "=" + v.reportsNaming() + "/" + v.timesNamed())
                .containsExactly("Granholt=1/1", "Port Alder=2/2");
        // named by no other report, the first reported still leads; a part of a word is no mention
        var apart = reconcile(
                new A("a", "One", "2030-01-01T10:00:00Z", "A man was shot in Granholt.").claim(Claim.INCIDENT, Slot.PLACE, "Granholt", Qualifier.EXACT),
                new A("b", "Two", "2030-01-01T11:00:00Z", "A man was shot in Alder, near Granholtville.").claim(Claim.INCIDENT, Slot.PLACE, "Alder", Qualifier.EXACT));
        assertThat(fact(apart, Claim.INCIDENT, Slot.PLACE).leading().orElseThrow().value()).isEqualTo("Granholt");
    }

    @Test
    void ofTwoDaysStatedOnceEachTheDayMoreReportsNameLeads() {
        // 2030-01-01 is a Tuesday: the earlier report dates the shooting Wednesday, the later one and a third name Tuesday
        var r = reconcile(
                new A("a", "One", "2030-01-02T10:00:00Z", "A man was shot early Wednesday.")
                        .claim(Claim.INCIDENT, Slot.DATE, "2030-01-02", Qualifier.EXACT),
                new A("b", "Two", "2030-01-02T11:00:00Z", "A man was shot late Tuesday.")
                        .claim(Claim.INCIDENT, Slot.DATE, "2030-01-01", Qualifier.EXACT),
                new A("c", "Three", "2030-01-02T12:00:00Z", "The Tuesday night shooting is under investigation."));
        assertThat(fact(r, Claim.INCIDENT, Slot.DATE).leading().orElseThrow().value()).isEqualTo("2030-01-01");
    }

    @Test
    void transliteratedNamesAreOnePerson() {
        var r = reconcile(
                new A("a", "One", null, "x").claim("Mikhail Gorbunov", Slot.AGE, "45", Qualifier.EXACT),
                new A("b", "Two", null, "y").claim("Mihail Gorbunov", Slot.AGE, "45", Qualifier.EXACT),
                new A("c", "Three", null, "z").claim("Mikhail Gorbunow", Slot.AGE, "45", Qualifier.EXACT));
        assertThat(r.facts()).filteredOn(f -> f.slot() == Slot.AGE).hasSize(1)
                .first().satisfies(f -> assertThat(f.values().get(0).independentSources()).isEqualTo(3));
    }

    @Test
    void aFirstNameAloneIsTheOneFullNameTheReportsWrite() {
        ExtractedArticle a = new A("a1", "one.example", "2030-04-10T10:00:00Z", "The boy, Nathan Majors, was home alone.")
                .person("Nathan Majors").build();
        ExtractedArticle b = new A("b1", "two.example", "2030-04-10T12:00:00Z", "His brother shot Nathan by accident.")
                .claim(Claim.INCIDENT, Slot.VICTIM, "Nathan", Qualifier.EXACT).build();
        StoryReport r = new StoryReconciler().reconcile(new Story("s", List.of(a, b)));
        assertThat(fact(r, Claim.INCIDENT, Slot.VICTIM).values()).extracting(v -> v.value()).containsExactly("Nathan Majors");
    }

    @Test
    void aTaggerNameThatIsNoPersonDoesNotCompleteALoneName() {
        // the tagger's "persons" here are a run-on sentence and an office: neither completes the lone names
        ExtractedArticle a = new A("a1", "one.example", "2030-04-10T10:00:00Z", "Nathan said.Nathan was hurt. Kettering Police said so.")
                .person("Nathan said.Nathan").person("Kettering Police").build();
        ExtractedArticle b = new A("b1", "two.example", "2030-04-10T12:00:00Z", "Kettering and Orrin Vale were shot.")
                .claim(Claim.INCIDENT, Slot.VICTIM, "Nathan", Qualifier.EXACT).claim(Claim.INCIDENT, Slot.VICTIM, "Kettering", Qualifier.EXACT)
                .claim(Claim.INCIDENT, Slot.VICTIM, "Orrin Vale", Qualifier.EXACT).build();
        StoryReport r = new StoryReconciler().reconcile(new Story("s", List.of(a, b)));
        assertThat(fact(r, Claim.INCIDENT, Slot.VICTIM).values()).extracting(v -> v.value()).containsExactly("Orrin Vale");
    }

    @Test
    void aSuspectAnotherReportNamesIsNoVictim() {
        var r = reconcile(
                new A("a", "One", null, "Orrin Vale and Tessa Moor were wounded.")
                        .claim(Claim.INCIDENT, Slot.VICTIM, "Orrin Vale", Qualifier.EXACT)
                        .claim(Claim.INCIDENT, Slot.VICTIM, "Tessa Moor", Qualifier.EXACT),
                new A("b", "Two", null, "Police arrested Orrin Vale on Sunday.").claim("Orrin Vale", Slot.FATE, "arrested", Qualifier.EXACT),
                // a victim's record is no arrest in this story: she is reported killed
                new A("c", "Three", null, "Tessa Moor had been charged with theft in 2010.")
                        .claim("Tessa Moor", Slot.FATE, "charged", Qualifier.EXACT).claim("Tessa Moor", Slot.FATE, "killed", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.VICTIM).values()).extracting(v -> v.value()).containsExactly("Tessa Moor");
    }

    @Test
    void aSurnameAloneArrestedIsNoReasonToDropAVictim() {
        var r = reconcile(
                new A("a", "One", null, "Kalif Moor died.").claim(Claim.INCIDENT, Slot.VICTIM, "Kalif Moor", Qualifier.EXACT),
                new A("b", "Two", null, "Moor was arrested.").claim("Moor", Slot.FATE, "arrested", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.VICTIM).values()).extracting(v -> v.value()).containsExactly("Kalif Moor");
    }

    @Test
    void aNameNoReportCompletesIsNoVictimName() {
        var r = reconcile(
                new A("a", "One", null, "They shot Betsy, she heard someone scream.").claim(Claim.INCIDENT, Slot.VICTIM, "Betsy", Qualifier.EXACT),
                new A("b", "Two", null, "Orrin Vale was wounded.").claim(Claim.INCIDENT, Slot.VICTIM, "Orrin Vale", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.VICTIM).values()).extracting(v -> v.value()).containsExactly("Orrin Vale");
    }

    @Test
    void anAssumedPublicationDayYieldsToAStatedDay() {
        var r = reconcile(
                new A("a", "One", "2024-01-02T10:00:00Z", "A man was shot.").claim(Claim.INCIDENT, Slot.DATE, "2024-01-02", Qualifier.ABOUT),
                new A("b", "Two", "2024-01-03T10:00:00Z", "A man was shot on Monday.").claim(Claim.INCIDENT, Slot.DATE, "2024-01-01", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.DATE).values()).extracting(v -> v.value()).containsExactly("2024-01-01");
        // alone, it is the story's day
        var alone = reconcile(new A("a", "One", "2024-01-02T10:00:00Z", "A man was shot.").claim(Claim.INCIDENT, Slot.DATE, "2024-01-02", Qualifier.ABOUT));
        assertThat(fact(alone, Claim.INCIDENT, Slot.DATE).leading().orElseThrow().value()).isEqualTo("2024-01-02");
    }

    @Test
    void aStoryNoReportDatesIsAboutItsFirstReportsDay() {
        // pages whose text tells nothing (a sign-in form, a social post): no day, not even a publication day
        var r = reconcile(new A("b", "Two", "2024-01-04T10:00:00Z", "Log in to see more."),
                new A("a", "One", "2024-01-02T10:00:00Z", "Subscribe now for complete access.").claim(Claim.INCIDENT, Slot.KILLED, "1", Qualifier.EXACT));
        var day = fact(r, Claim.INCIDENT, Slot.DATE).leading().orElseThrow();
        assertThat(day.value()).isEqualTo("2024-01-02");
        assertThat(day.qualifier()).isEqualTo(Qualifier.ABOUT);
        // a report's own day, even assumed, stands
        var dated = reconcile(new A("a", "One", "2024-01-02T10:00:00Z", "Log in to see more."),
                new A("b", "Two", "2024-01-04T10:00:00Z", "A man was shot.").claim(Claim.INCIDENT, Slot.DATE, "2024-01-04", Qualifier.ABOUT));
        assertThat(fact(dated, Claim.INCIDENT, Slot.DATE).values()).extracting(v -> v.value()).containsExactly("2024-01-04");
    }

    @Test
    void anAssumedPlaceYieldsToAStatedPlaceButNotToAStatedDay() {
        var r = reconcile(
                new A("a", "One", "2024-01-02T10:00:00Z", "A man from Tulsa was shot on Monday.")
                        .claim(Claim.INCIDENT, Slot.PLACE, "Tulsa", Qualifier.ABOUT)
                        .claim(Claim.INCIDENT, Slot.DATE, "2024-01-01", Qualifier.EXACT),
                new A("b", "Two", "2024-01-03T10:00:00Z", "A man was shot in Sand Springs.")
                        .claim(Claim.INCIDENT, Slot.PLACE, "Sand Springs", Qualifier.EXACT));
        assertThat(fact(r, Claim.INCIDENT, Slot.PLACE).values()).extracting(v -> v.value()).containsExactly("Sand Springs");
        // a stated day does not make the assumed place yield: only a stated place does
        var alone = reconcile(new A("a", "One", "2024-01-02T10:00:00Z", "A man from Tulsa was shot on Monday.")
                .claim(Claim.INCIDENT, Slot.PLACE, "Tulsa", Qualifier.ABOUT)
                .claim(Claim.INCIDENT, Slot.DATE, "2024-01-01", Qualifier.EXACT));
        assertThat(fact(alone, Claim.INCIDENT, Slot.PLACE).leading().orElseThrow().value()).isEqualTo("Tulsa");
    }
}
