package dev.triangulate.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triangulate.model.Article;
import dev.triangulate.reconcile.StoryReconciler;
import dev.triangulate.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store without NLP: acknowledgement, de-duplication, clustering, search and reopening. */
class StoreTest {
    @TempDir Path dir;

    private static Store open(Path d) throws IOException {
        StoryReconciler r = new StoryReconciler();
        return new Store(d, (id, xs) -> r.reconcile(new Story(id, xs)), 3600);
    }

    /** Stores an (empty) analysis result for each article: what makes the store cluster it. */
    static void analyzed(Store s, List<Article> as) throws IOException {
        for (Article a : as) {
            s.recordExtraction(new dev.triangulate.model.ExtractedArticle(new dev.triangulate.model.AnnotatedArticle(a, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of()), List.of(), List.of()));
        }
        long end = System.currentTimeMillis() + 30_000; // clustering follows on its own thread
        while (s.assigning() > 0 && System.currentTimeMillis() < end) Thread.onSpinWait();
    }

    static Article article(String id, String title, String body, String outlet, String published) {
        return new Article(id, title, body, outlet, null, Instant.parse(published), null, "en", null);
    }

    static final String FERRY = "A gunman opened fire at the North Quay ferry terminal in Port Alder on Tuesday evening, "
            + "killing two people and injuring at least five, police said. The suspect was arrested at the scene.";
    static final String FIRE = "A fire destroyed a paper warehouse in Granholt overnight. Firefighters from three stations "
            + "fought the blaze for six hours; nobody was hurt, the fire service said.";

    @Test
    void storesClustersAndFindsArticles() throws Exception {
        try (Store s = open(dir)) {
            List<Article> as = List.of(
                    article("f1", "Two killed in Port Alder ferry terminal shooting", FERRY, "Meridian Press", "2031-05-13T19:05:00Z"),
                    article("f2", "Gunman kills two at Port Alder ferry terminal", FERRY.replace("Tuesday evening", "Tuesday night"), "Evening Signal", "2031-05-13T19:25:00Z"),
                    article("w1", "Fire destroys paper warehouse in Granholt", FIRE, "Granholt Tribune", "2031-06-02T08:15:00Z"));
            List<Store.AddResult> r = s.add(as);
            assertThat(r).extracting(Store.AddResult::status).containsOnly(Store.AddStatus.STORED);
            assertThat(r).extracting(Store.AddResult::story).as("not in a story before analysis").containsOnlyNulls();
            assertThat(s.pending()).isEqualTo(3);
            assertThat(s.storyCount()).isZero();
            analyzed(s, as);
            assertThat(s.pending()).isZero();
            String ferry = s.storyOf("f1"), fire = s.storyOf("w1");
            assertThat(s.storyOf("f2")).isEqualTo(ferry).isNotEqualTo(fire);
            assertThat(s.storyCount()).isEqualTo(2);
            assertThat(s.search("ferry gunman", 10)).extracting(Store.StoryEntry::id).containsExactly(ferry);
            assertThat(s.search("warehouse", 10)).extracting(Store.StoryEntry::id).containsExactly(fire);
            assertThat(s.search("warehouse ferry", 10)).isEmpty();
            assertThat(s.stories(Store.Order.NEWEST).get(0).id()).isEqualTo(fire);
            assertThat(s.stories(Store.Order.BIGGEST).get(0).id()).isEqualTo(ferry);
            assertThat(s.report(ferry).articles()).hasSize(2);
            // the analyses had no claims: the only fact is the day assumed from the first report
            assertThat(s.report(ferry).facts()).extracting(dev.triangulate.model.Fact::slot)
                    .containsExactly(dev.triangulate.model.Slot.DATE);
            assertThat(s.report(ferry).facts().get(0).leading().orElseThrow()).extracting(dev.triangulate.model.FactValue::value, dev.triangulate.model.FactValue::qualifier)
                    .containsExactly("2031-05-13", dev.triangulate.model.Qualifier.ABOUT);
        }
    }

    @Test
    void resubmissionsAreIdempotentAndConflictsAreRejected() throws Exception {
        try (Store s = open(dir)) {
            Article a = article("f1", "Two killed", FERRY, "Meridian Press", "2031-05-13T19:05:00Z");
            s.add(List.of(a));
            analyzed(s, List.of(a));
            List<Store.AddResult> again = s.add(List.of(a,
                    article("f1", "Two killed", FERRY + " More.", "Meridian Press", "2031-05-13T19:05:00Z"),
                    article("copy", "Two killed", FERRY, "Other", "2031-05-13T19:06:00Z")));
            assertThat(again).extracting(Store.AddResult::status)
                    .containsExactly(Store.AddStatus.EXISTS, Store.AddStatus.CONFLICT, Store.AddStatus.DUPLICATE);
            assertThat(again.get(2).duplicateOf()).isEqualTo("f1");
            assertThat(again.get(0).story()).isEqualTo("story-f1");
            assertThat(s.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void reopeningRestoresEverythingAndTheDirectoryIsLockedWhileOpen() throws Exception {
        Map<String, String> stories = new ConcurrentHashMap<>();
        try (Store s = open(dir)) {
            assertThatThrownBy(() -> open(dir)).hasMessageContaining("another triangulate server");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int th = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String id = "a" + th + "-" + i;
                        Article a = article(id, "Story " + th + " report " + i, (th % 2 == 0 ? FERRY : FIRE) + " Update " + id + ".",
                                "Outlet " + i, "2031-05-13T19:05:00Z");
                        s.add(List.of(a));
                        if (i % 5 != 0) analyzed(s, List.of(a)); // every fifth one stays unanalyzed
                        stories.put(id, String.valueOf(s.storyOf(id)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
        }
        try (Store s = open(dir)) {
            assertThat(s.articleCount()).isEqualTo(100);
            assertThat(s.pending()).isEqualTo(20);
            stories.forEach((id, story) -> assertThat(String.valueOf(s.storyOf(id))).as(id).isEqualTo(story));
            assertThat(s.search("warehouse", 50)).isNotEmpty();
            assertThat(s.recovery().records()).isEqualTo(180);
            assertThat(s.recovery().skippedCorrupt()).isZero();
        }
    }

    @Test
    void indexesLostInACrashAreRebuiltFromTheLog() throws Exception {
        try (Store s = open(dir)) {
            List<Article> as = List.of(article("f1", "Two killed in Port Alder", FERRY, "Meridian Press", "2031-05-13T19:05:00Z"),
                    article("w1", "Fire destroys warehouse", FIRE, "Granholt Tribune", "2031-06-02T08:15:00Z"));
            s.add(as);
            analyzed(s, as);
        }
        // as if the process died before the indexes were ever committed
        deleteTree(dir.resolve("clusters"));
        deleteTree(dir.resolve("search"));
        try (Store s = open(dir)) {
            assertThat(s.articleCount()).isEqualTo(2);
            assertThat(s.storyOf("f1")).isEqualTo("story-f1");
            assertThat(s.search("warehouse", 10)).extracting(Store.StoryEntry::id).containsExactly("story-w1");
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var w = Files.walk(p)) {
            w.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }
}
