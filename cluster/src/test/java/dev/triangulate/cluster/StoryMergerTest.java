package dev.triangulate.cluster;

import dev.triangulate.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.triangulate.cluster.StoryClustererTest.ANKARA_1;
import static dev.triangulate.cluster.StoryClustererTest.DAYTON_1;
import static dev.triangulate.cluster.StoryClustererTest.DAYTON_2;
import static dev.triangulate.cluster.StoryClustererTest.QUAKE;
import static dev.triangulate.cluster.StoryClustererTest.article;
import static org.assertj.core.api.Assertions.assertThat;

class StoryMergerTest {

    // one incident: the first report and a sentencing follow-up five months later
    static final Article SHOOTING = article("toledo-1", "2016-03-14",
            "Man killed in Toledo shooting on Dorr Street",
            "Toledo police said Darnell Okafor, 27, was shot and killed Sunday night outside a convenience store "
            + "in the 2400 block of Dorr Street. Officers arrested Tyrese Whitlock, 24, a short time later and "
            + "charged him with murder. Okafor was pronounced dead at St. Vincent Medical Center. Police said the "
            + "two men had argued inside the store before the shooting.");
    static final Article SENTENCING = article("toledo-2", "2016-08-22",
            "Whitlock sentenced to life for Okafor killing",
            "A Lucas County judge sentenced Tyrese Whitlock to life in prison on Monday for the murder of Darnell "
            + "Okafor, who was shot outside a convenience store on Dorr Street in Toledo in March. Whitlock, 24, "
            + "was convicted by a jury last month. Prosecutors said the argument inside the store began over a "
            + "debt. Okafor's mother told the court her son was 27 and had two children.");

    static StoryState story(Article... articles) {
        StoryState s = new StoryState("story-" + articles[0].id());
        for (Article a : articles) s.add(TextFeatures.of(a), new ArrayList<>(), new ArrayList<>());
        return s;
    }

    @Test
    void absorbSumsMembersAndCounts() {
        StoryState a = story(DAYTON_1), b = story(DAYTON_2);
        int dayton = a.terms.get("dayton") + b.terms.get("dayton");
        a.absorb(b);
        assertThat(a.articles).containsExactly("dayton-1", "dayton-2");
        assertThat(a.terms.get("dayton")).isEqualTo(dayton);
        assertThat(a.pubDays).hasSize(2);
        assertThat(a.ages).containsKeys(31, 16);
    }

    @Test
    void followUpFarApartInTimeIsMerged() {
        List<StoryState> stories = List.of(story(SHOOTING), story(ANKARA_1), story(DAYTON_1), story(QUAKE), story(SENTENCING));
        int[] root = StoryMerger.merge(new ArrayList<>(stories));
        assertThat(root).containsExactly(0, 1, 2, 3, 0);
    }

    @Test
    void sameKindEventsInOneCityAreNotMerged() {
        List<StoryState> stories = List.of(story(DAYTON_1), story(ANKARA_1), story(QUAKE), story(DAYTON_2));
        assertThat(StoryMerger.merge(new ArrayList<>(stories))).containsExactly(0, 1, 2, 3);
    }

    @Test
    void mergedStoryKeepsTheIdOfItsEarliestArticle() {
        Gbdt saved = StoryMerger.MODEL;
        StoryMerger.MODEL = new Gbdt(10, List.of()); // merge every candidate pair
        try {
            Map<String, String> online = new LinkedHashMap<>();
            online.put("dayton-1", "story-dayton-1");
            online.put("quake-1", "story-quake-1");
            online.put("dayton-2", "story-dayton-2");
            Map<String, String> out = StoryClusterer.consolidate(online,
                    List.of(story(DAYTON_2), story(QUAKE), story(DAYTON_1)));
            assertThat(out.get("dayton-2")).isEqualTo("story-dayton-1");
            assertThat(out.get("dayton-1")).isEqualTo("story-dayton-1");
            assertThat(out.keySet()).containsExactly("dayton-1", "quake-1", "dayton-2");
        } finally {
            StoryMerger.MODEL = saved;
        }
    }

    @Test
    void aPageWhoseBodyIsNoiseIsFoundByItsTitle() {
        StoryState report = story(article("dekalb-1", "2015-10-12", "Child, three adults injured in DeKalb shooting",
                "Four people, including a child, were injured in a quadruple shooting at a DeKalb County apartment "
                + "complex near Decatur on Monday night, police said. The victims were taken to Grady hospital."));
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String w = "blorp" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            noise.append(w).append(' ').append(w).append(i % 6 == 5 ? "\n" : " ");
        }
        StoryState page = story(article("dekalb-2", "2015-10-12", "Child recovering after quadruple shooting in DeKalb County",
                noise.toString()));
        List<StoryState> stories = List.of(report, page);
        assertThat(StoryMerger.pairs(stories, new StoryMerger.Df(stories))).extracting(StoryMerger.Pair::a, StoryMerger.Pair::b)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
    }

    @Test
    void differentAmountsAreANumberConflict() {
        StoryState redSox = story(article("tex-1", "2008-12-10", "Red Sox offer Teixeira 200 million",
                "The Boston Red Sox offered first baseman Mark Teixeira an eight-year contract worth 200 million dollars, "
                + "his agent Scott Boras said on Wednesday at the winter meetings in Las Vegas."));
        StoryState angels = story(article("tex-2", "2008-12-02", "Angels offer Teixeira 160 million",
                "The Los Angeles Angels offered first baseman Mark Teixeira an eight-year contract worth 160 million dollars, "
                + "his agent Scott Boras said on Tuesday as the free agent market opened."));
        StoryState redSox2 = story(article("tex-3", "2008-12-11", "Boston bids 200 million for Teixeira",
                "Boston made an offer of 200 million dollars over eight years to Mark Teixeira, according to Boras."));
        List<StoryState> stories = List.of(redSox, angels, redSox2);
        StoryMerger.Df df = new StoryMerger.Df(stories);
        int overlap = List.of(StoryMerger.FEATURES).indexOf("numOverlap");
        int conflict = List.of(StoryMerger.FEATURES).indexOf("numConflict");
        assertThat(StoryMerger.features(redSox, angels, df)[conflict]).isEqualTo(1.0);
        assertThat(StoryMerger.features(redSox, redSox2, df)[conflict]).isEqualTo(0.0);
        assertThat(StoryMerger.features(redSox, redSox2, df)[overlap]).isGreaterThan(0.5);
    }

    @Test
    void batchClusteringJoinsTheFollowUp() {
        Map<String, String> a = StoryClusterer.clusterBatch(List.of(SENTENCING, DAYTON_1, QUAKE, SHOOTING, ANKARA_1));
        assertThat(a.get("toledo-2")).isEqualTo(a.get("toledo-1")).isEqualTo("story-toledo-1");
        assertThat(a.get("dayton-1")).isEqualTo("story-dayton-1");
    }
}
