package dev.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech and quote speakers over real CoreNLP annotations of sentences written for these tests. */
class ReportedSpeechTest {
    static ExtractedArticle extract(String title, String body) {
        return RealAnalysis.extract(title, body, "2031-03-02T10:00:00Z");
    }

    static List<Quote> reported(ExtractedArticle e) {
        return e.quotes().stream().filter(q -> !q.direct()).toList();
    }

    static List<Quote> direct(ExtractedArticle e) {
        return e.quotes().stream().filter(Quote::direct).toList();
    }

    @Test
    void speakerSaidThatClause() {
        var e = extract("", "Mayor Lena Ostrova said that the bridge would reopen in May.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text, Quote::cue)
                .containsExactly(tuple("Lena Ostrova", "that the bridge would reopen in May", "said"));
        Quote q = reported(e).get(0);
        assertThat(e.article().text().substring(q.evidence().begin(), q.evidence().end())).isEqualTo(q.text());
    }

    @Test
    void clauseThenSpeakerSaid() {
        var e = extract("", "The ferry service will resume on Friday, the harbour master said.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("harbour master", "The ferry service will resume on Friday"));
    }

    @Test
    void clauseThenSaidSpeakerWithApposition() {
        var e = extract("", "The dam will hold through the spring, said Piet Aalders, an engineer with the water board.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Piet Aalders", "The dam will hold through the spring"));
    }

    @Test
    void accordingToBeforeAndAfter() {
        var e = extract("", "According to the coast guard, two fishing boats were still missing.\n\n"
                + "The storm damaged forty homes, according to the regional council.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text, Quote::cue).containsExactly(
                tuple("coast guard", "two fishing boats were still missing", "according to"),
                tuple("regional council", "The storm damaged forty homes", "according to"));
    }

    @Test
    void toldReportersAndTimeWordsAreNotContent() {
        var e = extract("", "Councillor Piet Aalders told reporters on Monday that the vote had been rigged.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text, Quote::cue)
                .containsExactly(tuple("Piet Aalders", "that the vote had been rigged", "told"));
    }

    @Test
    void appositionBetweenSpeakerAndVerb() {
        var e = extract("", "Ostrova, the city's first elected mayor, argued that the budget was far too small.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Ostrova", "that the budget was far too small"));
    }

    @Test
    void pronounSpeakerResolvedToTheNamedPerson() {
        var e = extract("", "Tomas Brenner spoke for an hour at the rally in Velden.\n\nHe warned that taxes would rise next year.");
        assertThat(reported(e)).extracting(Quote::speaker).containsExactly("Tomas Brenner");
    }

    @Test
    void pronounAgreesInGenderWithItsPerson() {
        var e = extract("", "Anna Kowalski met Peter Brandt in Velden on Monday.\n\nShe said the talks had failed.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text).containsExactly(tuple("Anna Kowalski", "the talks had failed"));
    }

    @Test
    void objectOfAJudgingVerbIsTheContent() {
        var e = extract("", "Brenner called the new tax plan a disgrace.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text, Quote::cue)
                .containsExactly(tuple("Brenner", "the new tax plan a disgrace", "called"));
    }

    @Test
    void headlineWithANameAndAColon() {
        var e = extract("Brenner: Taxes will rise next year", "The opposition leader spoke in Velden.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text, Quote::cue)
                .contains(tuple("Brenner", "Taxes will rise next year", ":"));
    }

    @Test
    void aDirectQuoteIsNotAlsoReportedSpeech() {
        var e = extract("", "“We will rebuild every house on this street,” Ostrova said.\n\n"
                + "“I said that we would win, and we did,” Brenner told supporters.");
        assertThat(direct(e)).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Ostrova", "said"), tuple("Brenner", "told"));
        assertThat(reported(e)).isEmpty(); // "I said that ..." is inside the quotation
    }

    @Test
    void quoteSignedAfterADash() {
        var e = extract("", "“The river is rising faster than anyone expected this week.” — Maria Olsen");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("Maria Olsen");
    }

    @Test
    void transcriptLabelNamesTheSpeaker() {
        var e = extract("", "“HOLT: Where were you on the night of the vote, Senator?”");
        assertThat(direct(e)).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("HOLT", ":"));
    }

    @Test
    void anyVerbOfANamedPersonAfterAQuoteEndingOnAComma() {
        var e = extract("", "“They could have backed the only plan with support from both parties,” Rita Aalders fumed on Tuesday.");
        assertThat(direct(e)).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Rita Aalders", "fumed"));
    }

    @Test
    void fromTheSourceAndAColon() {
        var e = extract("", "From the council's report: “Most of the old pier cannot be repaired at a reasonable cost.”");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("council's report");
    }

    @Test
    void pronounAfterASentenceOpenedByAPerson() {
        var e = extract("", "Olga Brandt and her deputy toured the flooded streets on Monday.\n\n"
                + "“We will need help from the capital for months,” she said.");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("Olga Brandt");
    }

    @Test
    void speakerOnItsOwnLineBeforeTheQuote() {
        var e = extract("", "Ostrova spoke after the vote. She said:\n\n“This is a good day for the harbour and for everyone who works there.”");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("Ostrova");
    }

    @Test
    void pronounAfterASentenceWhoseSubjectNamesAPersonInApposition() {
        var e = extract("", "The harbour master, Ms. Olga Brandt, argues that the pier cannot wait another winter. "
                + "''We must not lose another season,'' she told me.");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("Olga Brandt");
    }

    @Test
    void speakerAfterTheQuoteWithAChainOfAppositions() {
        var e = extract("", "“It is an invasion of the city's own domain,” Lena Ostrova, the mayor of Port Lillian, "
                + "one of the towns suing the agency, said at an event this month.");
        assertThat(direct(e)).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Lena Ostrova", "said"));
    }

    @Test
    void aFollowUpQuoteAfterAnInvertedAttributionKeepsTheSpeaker() {
        var e = extract("", "\"That speech went beyond the room. It went beyond the moment,\" said Lena Ostrova, the mayor. "
                + "\"That was the governor essentially saying, 'Don't leave it on the field.'\"");
        // one quotation interrupted by its attribution: one quote of both parts
        assertThat(direct(e)).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Lena Ostrova");
            assertThat(q.text()).startsWith("That speech went").contains("That was the governor");
        });
    }

    @Test
    void pronounAfterASentenceWhoseSubjectFollowsAnIntroductoryPhrase() {
        var e = extract("", "Retired Gen. Norman Ham spoke out on Tuesday.\n\n"
                + "In an interview with Trending Today USA with Rusty Humphries, Ham made it clear he had misgivings.\n\n"
                + "“Now that I don’t have to be politically correct anymore,” he told the host, “it was demoralizing.”");
        assertThat(direct(e)).extracting(Quote::speaker).containsOnly("Ham");
    }

    @Test
    void speakerWithPartyAndStateInParentheses() {
        var e = extract("", "“It is a dog whistle to all voters in the county,” Rep. Gwen Ostrova (D-Wis.) said Friday.");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("Gwen Ostrova");
    }

    @Test
    void invertedSaidBeforeAColon() {
        var e = extract("", "Experts say the plan is complicated. Said Ellis: “I don’t get the sense she’s the least bit interested in reform.”");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("Ellis");
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsOneQuote() {
        var e = extract("", "“We will rebuild the pier,” Ostrova said. “It will take two years and most of the budget.”");
        assertThat(direct(e)).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Ostrova");
            assertThat(q.cue()).isEqualTo("said");
            assertThat(q.text()).isEqualTo("We will rebuild the pier It will take two years and most of the budget.");
            assertThat(e.article().text().substring(q.evidence().begin(), q.evidence().end()))
                    .startsWith("“We will rebuild").endsWith("budget.”");
        });
    }

    @Test
    void quotesWithTheirOwnAttributionsStaySeparate() {
        var e = extract("", "“We will rebuild the pier,” Ostrova said. “It will take two years and most of the budget,” she added.\n\n"
                + "“Nobody asked us about the plan at all,” Ostrova said.");
        assertThat(direct(e)).extracting(Quote::speaker, Quote::cue)
                .containsExactly(tuple("Ostrova", "said"), tuple("Ostrova", "added"), tuple("Ostrova", "said"));
    }

    @Test
    void aSecondAttributionInsideTheFirstContentEndsIt() {
        var e = extract("", "The video shows him with his hands in the air, but Ostrova said he refused to follow the commands.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text).containsExactly(
                tuple("video", "him with his hands in the air"),
                tuple("Ostrova", "he refused to follow the commands"));
    }

    @Test
    void aPhraseAfterSaidThatStartsTheContentIsNotTheSpeaker() {
        var e = extract("", "Erin Vell, a former aide who travelled with her in 2011, said Ostrova's trip was more important than the summit.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Erin Vell", "Ostrova's trip was more important than the summit"));
    }

    @Test
    void aSpeakerInsideAnotherSpeakersWordsDoesNotTakeOverTheNextPronoun() {
        var e = extract("", "Mayor Lena Ostrova spoke on Friday.\n\n"
                + "She notes that the harbour commission announced earlier on Friday that there was a problem with the pier.\n\n"
                + "She says, “Fixing that pier was a lot more difficult than anyone expected.”");
        assertThat(direct(e)).extracting(Quote::speaker).containsExactly("Lena Ostrova");
    }

    @Test
    void theSameSpeakersSecondCueAfterACommaIsAnAttributionOfItsOwn() {
        var e = extract("", "Ostrova attacked the council, saying it would close the pier for a decade.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text, Quote::cue).containsExactly(
                tuple("Ostrova", "the council", "attacked"),
                tuple("Ostrova", "it would close the pier for a decade", "saying"));
    }

    @Test
    void aParticipleAfterADash() {
        var e = extract("", "Lena Ostrova changed her vote on the spot – saying she was now backing the harbour plan.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text)
                .contains(tuple("Lena Ostrova", "she was now backing the harbour plan"));
    }

    @Test
    void theQuestionPutToASpeaker() {
        var e = extract("", "Asked whether the pier would reopen this year, Ostrova said the repairs would take longer.");
        assertThat(reported(e)).extracting(Quote::speaker, Quote::text, Quote::cue).containsExactly(
                tuple(null, "whether the pier would reopen this year", "Asked"),
                tuple("Ostrova", "the repairs would take longer", "said"));
    }
}
