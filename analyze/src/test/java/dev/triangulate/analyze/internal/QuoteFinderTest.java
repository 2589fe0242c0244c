package dev.triangulate.analyze.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.QuoteSpan;
import dev.triangulate.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> quotes(String text) {
        return QuoteFinder.find(text, List.of(new Sentence(0, 0, text.length(), text))).stream().map(QuoteSpan::text).toList();
    }

    @Test
    void findsCurlyStraightAndDoubledApostropheQuotes() {
        assertThat(quotes("“We will rebuild the pier,” she said. \"It will take years,\" he said. ''Not this year,'' they said."))
                .containsExactly("We will rebuild the pier,", "It will take years,", "Not this year,");
    }

    @Test
    void aQuotationOverSeveralParagraphsOpensEachAndClosesTheLast() {
        String text = "The mayor spoke at length.\n\n"
                + "“We will rebuild the pier. It will take years.\n\n"
                + "“Nobody should doubt that we will finish it,” she said.";
        assertThat(quotes(text)).containsExactly("We will rebuild the pier. It will take years.",
                "Nobody should doubt that we will finish it,");
    }

    @Test
    void transcriptParagraphsWithStraightMarksDoNotPairAcrossParagraphs() {
        String text = "\"HOST: Will the mayor be there tomorrow night?\n\n"
                + "\"OSTROVA: She will not be attending the meeting. The council decided that, and I think \"fair\" is the word.\n\n"
                + "\"HOST: Thank you for your time today.\"";
        assertThat(quotes(text)).containsExactly("HOST: Will the mayor be there tomorrow night?",
                "OSTROVA: She will not be attending the meeting. The council decided that, and I think \"fair\" is the word.",
                "HOST: Thank you for your time today.");
    }

    @Test
    void anUnclosedMarkWithoutAContinuationIsNoQuote() {
        assertThat(quotes("He called it “a disgrace and a shame.\n\nThe council met on Friday.")).isEmpty();
    }
}
