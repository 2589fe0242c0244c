package dev.triangulate.server;

import static dev.triangulate.server.TestSupport.auth;
import static dev.triangulate.server.TestSupport.get;
import static dev.triangulate.server.TestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.triangulate.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real server process with SIGKILL while clients are adding articles, restarts it on
 * the same directory and checks that every acknowledged article is there (in its story once
 * analyzed, else queued for analysis), that the log holds no damaged record, that analyses
 * done before the kill are not lost, and that the store takes new articles. Two kill/restart
 * rounds.
 */
class DurabilityTest {
    @TempDir Path dir;

    private record Server(Process process, int port) {}

    private Server start(Path data, String name) throws Exception {
        Path out = dir.resolve(name + ".out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1200m", "-cp", System.getProperty("java.class.path"),
                "-Dtriangulate.root=" + TestSupport.root(), ServerProcessMain.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            if (Files.exists(out)) {
                for (String line : Files.readAllLines(out)) {
                    if (line.startsWith("port=")) return new Server(p, Integer.parseInt(line.substring(5).strip()));
                }
            }
            if (!p.isAlive()) throw new AssertionError("server exited: " + Files.readString(out));
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new AssertionError("server did not start: " + Files.readString(out));
    }

    /** Posts articles from several clients until stopped; records what was acknowledged. */
    private final class Clients {
        final Map<String, String> acked = new ConcurrentHashMap<>(); // id → content
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger failures = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();

        Clients(int port, List<Article> corpus, String round, int clients) {
            for (int c = 0; c < clients; c++) {
                int cl = c;
                Thread t = new Thread(() -> {
                    int i = 0;
                    while (!stop.get()) {
                        List<String> ids = new ArrayList<>();
                        ArrayNode batch = TestSupport.JSON.createArrayNode();
                        int n = 1 + i % 3;
                        for (int k = 0; k < n; k++, i++) {
                            Article a = corpus.get((cl + i) % corpus.size());
                            String id = round + "-" + cl + "-" + i;
                            batch.add(TestSupport.record(a).put("id", id).put("title", a.title() + " (" + id + ")")
                                    .put("content", a.body() + "\n\nUpdate " + id + "."));
                            ids.add(id);
                        }
                        try {
                            var r = post(port, "/api/articles", batch.toString(), auth());
                            if (r.status() == 202) {
                                JsonNode res = r.json().get("results");
                                for (int k = 0; k < ids.size(); k++) {
                                    assertThat(res.get(k).get("status").asText()).isEqualTo("stored");
                                    acked.put(ids.get(k), batch.get(k).get("content").asText());
                                }
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet(); // the server died under us: nothing was acknowledged
                        }
                    }
                }, "client-" + c);
                t.start();
                threads.add(t);
            }
        }

        void stop() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) t.join(30_000);
        }
    }

    private static void waitFor(Clients c, int acked, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (c.acked.size() < acked && System.currentTimeMillis() < end) Thread.sleep(20);
    }

    @Test
    void sigkillDuringIngestionLosesNoAcknowledgedArticle() throws Exception {
        List<Article> corpus = TestSupport.corpusArticles();
        Path data = dir.resolve("data");
        Map<String, String> allAcked = new ConcurrentHashMap<>();

        Server s = start(data, "run1");
        Clients c = new Clients(s.port(), corpus, "r1", 4);
        waitFor(c, 150, 60_000);
        int analyzedBefore = get(s.port(), "/api/status").json().get("analyzed").asInt();
        s.process().destroyForcibly(); // SIGKILL on Linux, while the clients are still posting
        s.process().waitFor();
        c.stop();
        allAcked.putAll(c.acked);
        System.out.printf("durability round 1: %d articles acknowledged, %d requests cut off by the kill, %d analyzed before it%n",
                c.acked.size(), c.failures.get(), analyzedBefore);
        assertThat(allAcked).hasSizeGreaterThanOrEqualTo(150);

        Server s2 = start(data, "run2");
        try {
            JsonNode status = get(s2.port(), "/api/status").json();
            assertThat(status.get("recovery").get("skipped_corrupt").asInt()).isZero();
            assertThat(status.get("articles").asInt()).isGreaterThanOrEqualTo(allAcked.size());
            assertThat(status.get("analyzed").asInt()).as("analyses stored before the kill are kept").isGreaterThanOrEqualTo(analyzedBefore);
            assertAllThere(s2.port(), allAcked);

            // second round: kill the recovered server during ingestion too
            Clients c2 = new Clients(s2.port(), corpus, "r2", 4);
            waitFor(c2, 100, 60_000);
            s2.process().destroyForcibly();
            s2.process().waitFor();
            c2.stop();
            allAcked.putAll(c2.acked);
            System.out.printf("durability round 2: %d articles acknowledged, %d requests cut off by the kill%n", c2.acked.size(), c2.failures.get());
        } finally {
            s2.process().destroyForcibly();
        }

        Server s3 = start(data, "run3");
        try {
            JsonNode status = get(s3.port(), "/api/status").json();
            assertThat(status.get("recovery").get("skipped_corrupt").asInt()).isZero();
            assertAllThere(s3.port(), allAcked);
            var r = post(s3.port(), "/api/articles", TestSupport.record(corpus.get(0)).put("id", "after-recovery").toString(), auth());
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            assertThat(r.json().get("results").get(0).get("status").asText()).isIn("stored", "duplicate");
            // every acknowledged article is in a story and in the story listing
            int inStories = 0;
            for (JsonNode st : get(s3.port(), "/api/stories?limit=200").json().get("stories")) inStories += st.get("articles").asInt();
            assertThat(inStories).isGreaterThanOrEqualTo(Math.min(allAcked.size(), 1));
        } finally {
            s3.process().destroy();
            s3.process().waitFor();
        }
    }

    private static void assertAllThere(int port, Map<String, String> acked) throws Exception {
        for (var e : acked.entrySet()) {
            var r = get(port, "/api/articles/" + e.getKey());
            assertThat(r.status()).as("acknowledged article " + e.getKey()).isEqualTo(200);
            JsonNode a = r.json();
            assertThat(a.get("text").asText()).as(e.getKey()).endsWith("Update " + e.getKey() + ".");
            if (a.get("analysis").asText().equals("done")) assertThat(a.get("story").asText()).startsWith("story-");
            else assertThat(a.get("analysis").asText()).isEqualTo("pending");
        }
    }
}
