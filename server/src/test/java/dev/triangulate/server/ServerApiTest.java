package dev.triangulate.server;

import static dev.triangulate.server.TestSupport.JSON;
import static dev.triangulate.server.TestSupport.TOKEN;
import static dev.triangulate.server.TestSupport.auth;
import static dev.triangulate.server.TestSupport.get;
import static dev.triangulate.server.TestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.StoryReport;
import dev.triangulate.pipeline.Triangulate;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real store and the real NLP pipeline (models loaded once for the class). */
class ServerApiTest {
    static Triangulate nlp;
    static List<Article> corpus;
    static TriangulateServer server;
    static int port;
    @TempDir static Path shared;

    /** The pipeline's steps, counting calls. */
    static final class Counting implements Engine.Steps {
        final AtomicInteger extracts = new AtomicInteger();
        final Map<String, AtomicInteger> reconciles = new ConcurrentHashMap<>();

        @Override
        public ExtractedArticle extract(Article a) {
            extracts.incrementAndGet();
            return nlp.extract(a);
        }

        @Override
        public StoryReport reconcile(String storyId, List<ExtractedArticle> xs) {
            reconciles.computeIfAbsent(storyId, k -> new AtomicInteger()).incrementAndGet();
            return nlp.reconcile(storyId, xs);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        nlp = Triangulate.create(2);
        corpus = TestSupport.corpusArticles();
        server = TriangulateServer.start(ServerOptions.defaults(shared.resolve("data"), TOKEN).withPort(0).withThreads(2)
                .withMaxRequestBytes(256 * 1024), Engine.steps(nlp));
        port = server.port();
        var r = post(port, "/api/articles", TestSupport.records(corpus).toString(), auth());
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(server.engine().awaitIdle(300_000)).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
        if (nlp != null) nlp.close();
    }

    static JsonNode fact(JsonNode story, String subject, String slot) {
        for (JsonNode f : story.get("facts")) {
            if (f.get("subject").asText().equals(subject) && f.get("slot").asText().equals(slot)) return f;
        }
        return null;
    }

    @Test
    void theCorpusBecomesThreeStoriesBiggestFirst() throws Exception {
        JsonNode list = get(port, "/api/stories?sort=biggest").json();
        assertThat(list.get("total").asInt()).isEqualTo(3);
        JsonNode first = list.get("stories").get(0);
        assertThat(first.get("articles").asInt()).isEqualTo(7);
        assertThat(first.get("independent_sources").asInt()).isEqualTo(3);
        assertThat(first.get("facts").get("corroborated").asInt()).isPositive();
        JsonNode newest = get(port, "/api/stories?sort=newest&limit=1").json();
        assertThat(newest.get("stories")).hasSize(1);
        assertThat(newest.get("stories").get(0).get("headline").asText()).containsIgnoringCase("warehouse");
    }

    @Test
    void theFactSheetCarriesStatusesAndEvidenceThatPointsIntoTheArticleText() throws Exception {
        String id = get(port, "/api/stories?sort=biggest&limit=1").json().get("stories").get(0).get("id").asText();
        JsonNode story = get(port, "/api/stories/" + id).json();
        assertThat(fact(story, "incident", "killed").get("status").asText()).isEqualTo("developing");
        assertThat(fact(story, "incident", "injured").get("status").asText()).isEqualTo("corroborated");
        assertThat(fact(story, "incident", "weapon").get("status").asText()).isEqualTo("single-source");
        assertThat(fact(story, "perpetrator", "age").get("status").asText()).isEqualTo("disputed");
        assertThat(story.get("sources")).hasSize(3);
        assertThat(story.get("all_articles")).hasSize(7);
        int checked = 0;
        for (JsonNode f : story.get("facts")) {
            for (JsonNode v : f.get("values")) {
                for (JsonNode s : v.get("sources")) {
                    JsonNode article = get(port, "/api/articles/" + s.get("article").asText()).json();
                    String text = article.get("text").asText();
                    int b = s.get("begin").asInt(), e = s.get("end").asInt();
                    assertThat(b).isLessThan(e);
                    assertThat(text).contains(s.get("sentence").asText());
                    assertThat(s.get("sentence").asText()).contains(text.substring(b, e));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void anArticleComesWithItsClaimsAndTheirSpans() throws Exception {
        JsonNode a = get(port, "/api/articles/ferry-02-evening-signal").json();
        assertThat(a.get("analysis").asText()).isEqualTo("done");
        assertThat(a.get("story").asText()).startsWith("story-");
        String text = a.get("text").asText();
        assertThat(a.get("claims")).isNotEmpty();
        for (JsonNode c : a.get("claims")) {
            JsonNode ev = c.get("evidence");
            assertThat(text.substring(ev.get("begin").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("span").asText());
        }
        assertThat(a.get("claims").findValuesAsText("value")).contains("43");
        assertThat(a.get("quotes").findValuesAsText("speaker")).contains("Tomas Ree");
    }

    @Test
    void searchFindsStoriesByTheirWords() throws Exception {
        JsonNode r = get(port, "/api/stories?q=" + java.net.URLEncoder.encode("ferry gunman", StandardCharsets.UTF_8)).json();
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("stories").get(0).get("articles").asInt()).isEqualTo(7);
        assertThat(get(port, "/api/stories?q=budget").json().get("stories").get(0).get("headline").asText()).containsIgnoringCase("budget");
        assertThat(get(port, "/api/stories?q=zebra").json().get("total").asInt()).isZero();
    }

    @Test
    void clientErrorsAreClearAndCarryNoStackTrace() throws Exception {
        List<TestSupport.Response> rs = new ArrayList<>();
        var noToken = post(port, "/api/articles", "{}", "Content-Type", "application/json");
        assertThat(noToken.status()).isEqualTo(401);
        var wrong = post(port, "/api/articles", "{}", "Authorization", "Bearer nope-nope-nope");
        assertThat(wrong.status()).isEqualTo(403);
        var badJson = post(port, "/api/articles", "{\"title\": ", auth());
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("error").get("message").asText()).startsWith("invalid JSON at line 1");
        var noContent = post(port, "/api/articles", "{\"id\": \"x\", \"title\": \"t\"}", auth());
        assertThat(noContent.status()).isEqualTo(400);
        assertThat(noContent.json().get("problems").get(0).get("message").asText()).contains("missing content");
        var tooBig = post(port, "/api/articles", "{\"id\":\"big\",\"content\":\"" + "x".repeat(300 * 1024) + "\"}", auth());
        assertThat(tooBig.status()).isEqualTo(413);
        var noStory = get(port, "/api/stories/nope");
        assertThat(noStory.status()).isEqualTo(404);
        var badLimit = get(port, "/api/stories?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        var badSort = get(port, "/api/stories?sort=oldest");
        assertThat(badSort.status()).isEqualTo(400);
        var notMultipart = post(port, "/api/uploads", "x", auth());
        assertThat(notMultipart.status()).isEqualTo(415);
        var notUtf8 = post(port, "/api/articles", new byte[] {'{', (byte) 0xff, '}'}, auth());
        assertThat(notUtf8.status()).isEqualTo(400);
        rs.addAll(List.of(noToken, wrong, badJson, noContent, tooBig, noStory, badLimit, badSort, notMultipart, notUtf8));
        for (var r : rs) {
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.json().get("error").get("message").asText()).isNotBlank();
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
        }
        var page404 = get(port, "/stories/nope");
        assertThat(page404.status()).isEqualTo(404);
        assertThat(page404.body()).contains("no such story").doesNotContain("Exception");
    }

    @Test
    void everyEndpointOfTheOpenApiFileIsServedAndTheFileItselfToo() throws Exception {
        var served = get(port, "/api/openapi.yaml");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).startsWith("openapi: 3");
        String doc = Files.readString(TestSupport.root().resolve("docs/openapi.yaml"));
        assertThat(served.body()).isEqualTo(doc);
        var m = java.util.regex.Pattern.compile("(?m)^  (/api/\\S+):\\n    (get|post):").matcher(doc);
        int n = 0;
        while (m.find()) {
            String path = m.group(1).replace("{id}", "no-such-id");
            var r = m.group(2).equals("get") ? get(port, path) : post(port, path, "{}", auth());
            assertThat(r.body()).as(m.group(2) + " " + path).doesNotContain("Endpoint");
            assertThat(r.status()).as(m.group(2) + " " + path).isNotEqualTo(405).isLessThan(500);
            n++;
        }
        assertThat(n).isEqualTo(7);
    }

    @Test
    void resubmittingIsIdempotent() throws Exception {
        var r = post(port, "/api/articles", TestSupport.record(corpus.get(0)).toString(), auth());
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().get("results").get(0).get("status").asText()).isEqualTo("exists");
        var changed = TestSupport.record(corpus.get(0)).put("content", "Something else entirely.");
        var c = post(port, "/api/articles", changed.toString(), auth());
        assertThat(c.status()).isEqualTo(409);
    }

    @Test
    void addingAnArticleUpdatesOnlyItsStoryAndARestartDoesNotAnalyseAgain(@TempDir Path dir) throws Exception {
        Article herald = corpus.stream().filter(a -> a.id().equals("ferry-03-port-alder-herald")).findFirst().orElseThrow();
        Article meridian = corpus.stream().filter(a -> a.id().equals("ferry-01-meridian-press")).findFirst().orElseThrow();
        Article fire = corpus.stream().filter(a -> a.id().equals("fire-01-granholt-tribune")).findFirst().orElseThrow();
        Counting steps = new Counting();
        ServerOptions opts = ServerOptions.defaults(dir, TOKEN).withPort(0).withThreads(1);
        String before;
        try (TriangulateServer s = TriangulateServer.start(opts, steps)) {
            int p = s.port();
            var r1 = post(p, "/api/articles", TestSupport.records(List.of(meridian, fire)).toString(), auth());
            assertThat(r1.json().get("results").findValuesAsText("status")).containsOnly("stored");
            assertThat(s.engine().awaitIdle(120_000)).isTrue();
            String story = get(p, "/api/articles/" + meridian.id()).json().get("story").asText();
            String fireStory = get(p, "/api/articles/" + fire.id()).json().get("story").asText();
            assertThat(story).isNotEqualTo(fireStory);
            JsonNode one = get(p, "/api/stories/" + story).json();
            assertThat(fact(one, "incident", "injured").get("status").asText()).isEqualTo("single-source");
            int fireReconciles = steps.reconciles.get(fireStory).get();

            var r2 = post(p, "/api/articles", TestSupport.record(herald).toString(), auth());
            assertThat(r2.status()).isEqualTo(202);
            assertThat(s.engine().awaitIdle(120_000)).isTrue();
            assertThat(get(p, "/api/articles/" + herald.id()).json().get("story").asText()).isEqualTo(story);
            JsonNode two = get(p, "/api/stories/" + story).json();
            assertThat(fact(two, "incident", "injured").get("status").asText()).isEqualTo("corroborated");
            assertThat(two.get("articles")).hasSize(2);
            assertThat(steps.reconciles.get(fireStory).get()).as("the other story is not reconciled again").isEqualTo(fireReconciles);
            assertThat(steps.extracts.get()).isEqualTo(3);
            before = get(p, "/api/stories/" + story).body();
        }
        Counting again = new Counting();
        try (TriangulateServer s = TriangulateServer.start(opts, again)) {
            int p = s.port();
            assertThat(get(p, "/api/status").json().get("analyzed").asInt()).isEqualTo(3);
            String story = get(p, "/api/articles/" + herald.id()).json().get("story").asText();
            assertThat(get(p, "/api/stories/" + story).body()).isEqualTo(before);
            assertThat(again.extracts.get()).as("no article analysed again after a restart").isZero();
        }
    }

    static com.fasterxml.jackson.databind.node.ObjectNode incident(String id, String outlet, String title, String body) {
        return JSON.createObjectNode().put("id", id).put("outlet", outlet).put("title", title).put("content", body)
                .put("published", "2031-03-11T08:00:00Z");
    }

    static List<String> factArticles(JsonNode fact) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : fact.get("values")) for (JsonNode s : v.get("sources")) if (!out.contains(s.get("article").asText())) out.add(s.get("article").asText());
        out.sort(null);
        return out;
    }

    /** The roundup of the pipeline's RoundupEndToEndTest, added after the three reports, and a restart. */
    @Test
    void aRoundupJoinsEachIncidentsStoryWithOnlyThatIncidentsClaims(@TempDir Path dir) throws Exception {
        var reports = JSON.createArrayNode()
                .add(incident("fire", "Tidewater Post", "Two workers killed in Granholt warehouse fire",
                        "Two workers were killed when a fire gutted a warehouse in Granholt on Monday night, fire officials said.\n\n"
                                + "Crews fought the blaze for six hours before the roof of the warehouse collapsed."))
                .add(incident("crash", "Northern Ledger", "Bus crash near Velmora injures 14 passengers",
                        "Fourteen passengers were injured when a bus crashed on the coastal road near Velmora on Monday, police said.\n\n"
                                + "The driver of the bus was taken to hospital in Velmora with head injuries."))
                .add(incident("stabbing", "Harbour Daily", "Three men arrested after Linden Bay bar stabbing",
                        "Police arrested three men after a man was stabbed outside a bar in Linden Bay on Monday night.\n\n"
                                + "The victim of the stabbing was treated in hospital for a wound to his arm."));
        var roundup = incident("roundup", "Regional Wire", "Regional briefs: deadly fire, bus crash and a stabbing",
                "Two workers were killed on Monday night when a fire gutted a warehouse in Granholt, officials said.\n\n"
                        + "Separately, 14 passengers were injured when a bus crashed near Velmora on Monday.\n\n"
                        + "In Linden Bay, police arrested three men after a man was stabbed outside a bar.");
        ServerOptions opts = ServerOptions.defaults(dir, TOKEN).withPort(0).withThreads(2);
        for (int run = 0; run < 2; run++) {
            try (TriangulateServer s = TriangulateServer.start(opts, Engine.steps(nlp))) {
                int p = s.port();
                if (run == 0) {
                    assertThat(post(p, "/api/articles", reports.toString(), auth()).status()).isEqualTo(202);
                    assertThat(s.engine().awaitIdle(120_000)).isTrue();
                    assertThat(post(p, "/api/articles", roundup.toString(), auth()).status()).isEqualTo(202);
                    assertThat(s.engine().awaitIdle(120_000)).isTrue();
                }
                JsonNode list = get(p, "/api/stories").json();
                assertThat(list.get("total").asInt()).as("run " + run).isEqualTo(3);
                JsonNode r = get(p, "/api/articles/roundup").json();
                assertThat(r.get("stories")).hasSize(3);
                JsonNode fire = get(p, "/api/stories/" + get(p, "/api/articles/fire").json().get("story").asText()).json();
                JsonNode crash = get(p, "/api/stories/" + get(p, "/api/articles/crash").json().get("story").asText()).json();
                JsonNode stabbing = get(p, "/api/stories/" + get(p, "/api/articles/stabbing").json().get("story").asText()).json();
                assertThat(factArticles(fact(fire, "incident", "killed"))).containsExactly("fire", "roundup");
                assertThat(fact(fire, "incident", "injured")).isNull();
                assertThat(factArticles(fact(crash, "incident", "injured"))).containsExactly("crash", "roundup");
                assertThat(fact(crash, "incident", "killed")).isNull();
                assertThat(factArticles(fact(stabbing, "incident", "arrested"))).containsExactly("roundup", "stabbing");
                assertThat(fact(stabbing, "incident", "killed")).isNull();
                assertThat(get(p, "/articles/roundup").body()).contains("roundup of 3 incidents");
            }
        }
    }

    @Test
    void readsCanBeProtected(@TempDir Path dir) throws Exception {
        try (TriangulateServer s = TriangulateServer.start(ServerOptions.defaults(dir, TOKEN).withPort(0).withProtectReads(true), Engine.steps(nlp))) {
            int p = s.port();
            assertThat(get(p, "/api/stories").status()).isEqualTo(401);
            assertThat(get(p, "/api/stories", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(200);
            var page = TestSupport.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/")).GET().build());
            assertThat(page.status()).isEqualTo(302);
            assertThat(get(p, "/", "Cookie", WebServer.TOKEN_COOKIE + "=" + TOKEN).status()).isEqualTo(200);
        }
    }

    @Test
    void uploadsTheWatchedFolderAndFeedsAddArticles(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(TestSupport.corpus().resolve("council-01-brackwater-ledger.txt"), inbox.resolve("council-01-brackwater-ledger.txt"));
        HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Wire</title>
                <item><title>Ferry services resume at North Quay</title><link>https://harbourwire.example/ferry-resume</link>
                <guid>hw-1</guid><pubDate>Thu, 15 May 2031 06:00:00 GMT</pubDate>
                <content:encoded><![CDATA[<p>Ferry services resumed at the North Quay terminal in Port Alder on Thursday.</p><p>Police said the terminal was safe.</p>]]></content:encoded></item>
                <item><title>Harbour festival postponed</title><link>https://harbourwire.example/festival</link>
                <description>&lt;p&gt;The Port Alder harbour festival was postponed by a week, organisers said.&lt;/p&gt;</description></item>
                </channel></rss>""";
        feed.createContext("/feed.xml", ex -> {
            byte[] b = rss.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        feed.start();
        try (TriangulateServer s = TriangulateServer.start(ServerOptions.defaults(dir.resolve("data"), TOKEN).withPort(0).withThreads(1)
                .withWatch(inbox, 1).withFeeds(List.of(URI.create("http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml")), 60),
                Engine.steps(nlp))) {
            int p = s.port();
            String boundary = "----triangulate-test";
            String page = "<!doctype html><html lang=en><head><title>Library hours | Velmora Courier</title>"
                    + "<meta property=\"og:site_name\" content=\"Velmora Courier\"></head><body><nav><a href=/>Home</a></nav>"
                    + "<article><h1>Velmora library extends its opening hours</h1><p>The public library in Velmora will open "
                    + "until nine in the evening from next month, the town council decided on Wednesday.</p><p>Extra "
                    + "librarians will be hired for the evening shifts, the council's culture committee said.</p></article>"
                    + "<footer>Share this story</footer></body></html>";
            byte[] body = TestSupport.multipart(boundary, new String[] {"fire-01-granholt-tribune.txt", "notes.pdf", "library-hours.html"},
                    new byte[][] {Files.readAllBytes(TestSupport.corpus().resolve("fire-01-granholt-tribune.txt")), new byte[] {1, 2},
                            page.getBytes(StandardCharsets.UTF_8)});
            var up = post(p, "/api/uploads", body, "Authorization", "Bearer " + TOKEN, "Content-Type", "multipart/form-data; boundary=" + boundary);
            assertThat(up.status()).as(up.body()).isEqualTo(202);
            assertThat(up.json().get("results").get(0).get("id").asText()).isEqualTo("fire-01-granholt-tribune");
            assertThat(up.json().get("problems").get(0).get("message").asText()).contains("unknown file type");
            assertThat(up.json().get("results").findValuesAsText("id")).contains("library-hours"); // a saved web page, main text extracted
            long end = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < end && s.engine().store().articleCount() < 5) Thread.sleep(100);
            assertThat(s.engine().store().article("library-hours").article().body()).contains("Extra librarians")
                    .doesNotContain("Share this story");
            assertThat(s.engine().store().article("council-01-brackwater-ledger")).as("from the watched folder").isNotNull();
            JsonNode fromFeed = get(p, "/api/stories?q=festival").json();
            assertThat(fromFeed.get("total").asInt()).isEqualTo(1);
            var resumed = s.engine().store().stories(dev.triangulate.server.store.Store.Order.NEWEST).stream()
                    .filter(e -> e.size() == 1).map(e -> s.engine().store().article(e.articleIds().get(0)).article())
                    .filter(a -> a.title().startsWith("Ferry services")).findFirst().orElseThrow();
            assertThat(resumed.outlet()).isEqualTo("harbourwire.example");
            assertThat(resumed.published()).isEqualTo(java.time.Instant.parse("2031-05-15T06:00:00Z"));
            assertThat(resumed.body()).contains("Ferry services resumed").contains("\n\nPolice said");
        } finally {
            feed.stop(0);
        }
    }
}
