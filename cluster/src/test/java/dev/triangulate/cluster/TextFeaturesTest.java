package dev.triangulate.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTest {

    @Test
    void namesAreCapitalizedWordsNeverSeenInLowerCase() {
        var names = TextFeatures.names("", "Police said Kevin Barbee, 15, was shot. The police chief spoke in Nashville.");
        assertThat(names).containsKeys("kevin", "barbee", "nashville").doesNotContainKeys("police", "the");
    }

    @Test
    void headlineCaseLinesGiveNoNames() {
        assertThat(TextFeatures.names("Teen Charged In Fatal Shooting Of Student", "")).isEmpty();
    }

    @Test
    void placesFromGazetteerPostalCodesAndInPhrases() {
        Set<String> p = TextFeatures.places("Shots were fired in Rocky Mount, NC. Officials in Texas and France said.");
        assertThat(p).contains("us-nc", "us-tx", "c-fr", "in:rocky mount");
    }

    @Test
    void datesResolveAgainstPublication() {
        int pub = (int) LocalDate.of(2014, 1, 28).toEpochDay(); // a Tuesday
        Set<Integer> d = new TreeSet<>(TextFeatures.dates("It happened Monday. On Jan. 5 and March 4, 2009 too.", pub));
        assertThat(d).contains(pub - 1, (int) LocalDate.of(2014, 1, 5).toEpochDay(),
                (int) LocalDate.of(2009, 3, 4).toEpochDay());
    }

    @Test
    void agesAndPhrases() {
        assertThat(TextFeatures.ages("A 22-year-old man and Karlov, 62, died.")).containsExactly(22, 62);
        Set<String> phrases = new TreeSet<>();
        TextFeatures.names("", "He was found in the 5700 block of Port Lillian Drive near Route 61.", phrases);
        assertThat(phrases).contains("5700 block", "port lillian", "route 61");
    }

    @Test
    void aVideoPlaylistIsNotContent() {
        var a = new dev.triangulate.model.Article("p", "Four wounded at Fresno party",
                "0:47 Driver shot to death on Blackstone Pause\n2:01 New details about gunfire outside stadium\n"
                        + "Four people were wounded at a party in southeast Fresno.\n10:30 a.m. is when police arrived.",
                null, null, null, null, null, null);
        var f = TextFeatures.of(a);
        assertThat(f.terms()).containsKeys("wounded", "party", "police").doesNotContainKeys("blackstone", "stadium");
        var one = new dev.triangulate.model.Article("q", "", "0:47 Driver shot to death on Blackstone Pause", null,
                null, null, null, null, null);
        assertThat(TextFeatures.of(one).terms()).containsKey("blackstone"); // one timed line is not a playlist
    }
}
