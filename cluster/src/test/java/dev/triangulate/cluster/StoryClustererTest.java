package dev.triangulate.cluster;

import dev.triangulate.model.Article;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class StoryClustererTest {

    static Article article(String id, String day, String title, String body) {
        return new Article(id, title, body, "outlet-" + id, null, Instant.parse(day + "T12:00:00Z"), null, null, null);
    }

    // one event, two wordings
    static final Article ANKARA_1 = article("ankara-1", "2016-12-19",
            "Russian ambassador to Turkey shot dead in Ankara",
            "Andrei Karlov, Russia's ambassador to Turkey, was shot dead on Monday evening while giving a speech "
            + "at an art exhibition in Ankara. The gunman, identified as Mevlut Mert Altintas, a 22-year-old "
            + "off-duty police officer, shouted about Aleppo and Syria before he was killed by Turkish special forces. "
            + "Three other people were wounded in the attack at the Cagdas Sanat gallery.");
    static final Article ANKARA_2 = article("ankara-2", "2016-12-20",
            "Gunman kills Karlov at Ankara gallery",
            "An off-duty Turkish policeman opened fire at a photo exhibition in the Turkish capital, killing "
            + "Ambassador Andrei Karlov as he spoke. Officials named the attacker as Mevlut Mert Altintas, 22. "
            + "Witnesses said he fired at least eight shots and shouted 'Don't forget Aleppo'. Karlov, 62, died "
            + "of his wounds; the Kremlin called the killing a terrorist act.");

    // same kind of event, same city, a week apart, different people
    static final Article DAYTON_1 = article("dayton-1", "2017-03-04",
            "Man shot outside Dayton bar",
            "Dayton police said Marcus Whitfield, 31, was shot in the leg early Saturday outside the Blue Lantern "
            + "bar on Wayne Avenue. Officers found Whitfield in the parking lot after a fight spilled outside. "
            + "He was taken to Miami Valley Hospital in stable condition. Police are looking for a man in a red "
            + "hoodie who fled in a silver sedan.");
    static final Article DAYTON_2 = article("dayton-2", "2017-03-11",
            "Teen wounded in Dayton shooting",
            "A 16-year-old girl, Keisha Brandon, was shot in the arm Friday night at an apartment complex on "
            + "Salem Avenue in Dayton, police said. Detectives believe a stray bullet from a dispute between two "
            + "neighbors struck her as she walked home from a bus stop. Brandon was treated at Dayton Children's "
            + "Hospital. Sergeant Tom Oakes said two men were questioned.");

    static final Article QUAKE = article("quake-1", "2017-03-05",
            "Earthquake shakes central Italy",
            "A magnitude 5.8 earthquake struck near Norcia in the Umbria region on Sunday, damaging churches and "
            + "forcing hundreds of residents from their homes. The civil protection agency reported no deaths.");

    @Test
    void differentlyWordedReportsOfOneEventJoin() {
        Map<String, String> a = StoryClusterer.clusterBatch(List.of(ANKARA_1, ANKARA_2, DAYTON_1, QUAKE));
        assertThat(a.get("ankara-2")).isEqualTo(a.get("ankara-1")).isEqualTo("story-ankara-1");
    }

    @Test
    void sameKindEventsInOneCityAWeekApartStayApart() {
        Map<String, String> a = StoryClusterer.clusterBatch(List.of(DAYTON_1, DAYTON_2, ANKARA_1, QUAKE));
        assertThat(a.get("dayton-1")).isNotEqualTo(a.get("dayton-2"));
        assertThat(a.values()).doesNotHaveDuplicates();
    }

    @Test
    void storyIdsComeFromTheFirstArticle() {
        try (StoryClusterer c = new StoryClusterer()) {
            assertThat(c.add(QUAKE)).isEqualTo("story-quake-1");
            assertThat(c.add(QUAKE)).isEqualTo("story-quake-1");
            assertThat(c.assignments()).containsExactly(Map.entry("quake-1", "story-quake-1"));
        }
    }

    @Property(tries = 15)
    void batchClusteringIgnoresArrivalOrder(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        List<Article> batch = new ArrayList<>(List.of(ANKARA_1, ANKARA_2, DAYTON_1, DAYTON_2, QUAKE,
                article("ankara-3", "2016-12-19", "Karlov assassination: what we know",
                        "Russian envoy Andrei Karlov was assassinated in Ankara by Mevlut Mert Altintas, a police "
                        + "officer, at an exhibition opening. Russia and Turkey said the killing would not harm ties."),
                article("dayton-3", "2017-03-12", "Dayton girl hit by stray bullet recovering",
                        "Keisha Brandon, the 16-year-old hit by a stray bullet on Salem Avenue, is recovering, her "
                        + "family said. Dayton police have not charged anyone.")));
        Map<String, String> reference = new TreeMap<>(StoryClusterer.clusterBatch(batch));
        Collections.shuffle(batch, new Random(seed));
        assertThat(new TreeMap<>(StoryClusterer.clusterBatch(batch))).isEqualTo(reference);
    }

    @Test
    void reopensAnIndexOnDisk(@TempDir Path dir) {
        try (StoryClusterer c = new StoryClusterer(dir)) {
            c.add(ANKARA_1);
            c.add(DAYTON_1);
        }
        try (StoryClusterer c = new StoryClusterer(dir)) {
            assertThat(c.assignments()).containsEntry("ankara-1", "story-ankara-1")
                    .containsEntry("dayton-1", "story-dayton-1");
            assertThat(c.storyCount()).isEqualTo(2);
            assertThat(c.add(ANKARA_2)).isEqualTo("story-ankara-1");
        }
        try (StoryClusterer c = new StoryClusterer(dir)) {
            assertThat(c.assignments()).containsEntry("ankara-2", "story-ankara-1").hasSize(3);
        }
    }
}
