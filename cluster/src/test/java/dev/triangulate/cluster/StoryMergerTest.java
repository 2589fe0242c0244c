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
    void batchClusteringJoinsTheFollowUp() {
        Map<String, String> a = StoryClusterer.clusterBatch(List.of(SENTENCING, DAYTON_1, QUAKE, SHOOTING, ANKARA_1));
        assertThat(a.get("toledo-2")).isEqualTo(a.get("toledo-1")).isEqualTo("story-toledo-1");
        assertThat(a.get("dayton-1")).isEqualTo("story-dayton-1");
    }
}
