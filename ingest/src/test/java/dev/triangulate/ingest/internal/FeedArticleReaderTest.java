package dev.triangulate.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.ingest.NoiseCleaner;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticleReaderTest {
    @TempDir Path dir;
    private final FeedArticleReader reader = new FeedArticleReader(new NoiseCleaner(), 1 << 20);
    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(String name, String xml) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, xml);
        reader.read(f, articles::add, problems::add);
    }

    @Test
    void readsRssItems() throws Exception {
        read("feed.rss", Fixtures.rss(
                new String[] {"Ferry terminal closed", "https://meridianpress.example/ferry", "<p>" + Fixtures.prose("the closure") + "</p><p>Second paragraph.</p>"},
                new String[] {"Council meets", "https://meridianpress.example/council", Fixtures.prose("the meeting")},
                new String[] {"Empty item", "https://meridianpress.example/empty", ""}));
        assertThat(articles).hasSize(2);
        Article a = articles.get(0);
        assertThat(a.title()).isEqualTo("Ferry terminal closed");
        assertThat(a.body()).isEqualTo(Fixtures.prose("the closure") + "\n\nSecond paragraph.");
        assertThat(a.url()).isEqualTo("https://meridianpress.example/ferry");
        assertThat(a.outlet()).isEqualTo("meridianpress.example");
        assertThat(a.published()).isEqualTo(Instant.parse("2031-05-13T19:05:00Z"));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.id()).startsWith("feed-").hasSize("feed-".length() + 12);
        assertThat(articles.get(1).id()).isNotEqualTo(a.id());
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("Empty item", "no text"));
    }

    @Test
    void readsAtomEntries() throws Exception {
        read("feed.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Meridian Press</title><id>urn:x</id><updated>2031-05-13T19:05:00Z</updated>"
                + "<entry><title>Ferry terminal closed</title><link href=\"https://meridianpress.example/ferry\"/>"
                + "<id>urn:1</id><published>2031-05-13T18:00:00Z</published><updated>2031-05-13T19:05:00Z</updated>"
                + "<author><name>Jane Doe</name></author><content type=\"html\">&lt;p&gt;" + Fixtures.prose("the closure")
                + "&lt;/p&gt;</content></entry></feed>");
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.body()).isEqualTo(Fixtures.prose("the closure"));
            assertThat(a.author()).isEqualTo("Jane Doe");
            assertThat(a.published()).isEqualTo(Instant.parse("2031-05-13T18:00:00Z"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        read("xxe.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
                + "<item><title>Leak</title><link>https://x.example/1</link><description>&xxe; " + Fixtures.prose("a leak")
                + "</description></item></channel></rss>");
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("DOCTYPE", "external entities"));
        assertThat(problems.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void entityExpansionBombIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        dtd.append("]>");
        read("bomb.rss", "<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><title>&a9;</title></channel></rss>");
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("DOCTYPE"));
    }

    @Test
    void brokenXmlIsAProblem() throws Exception {
        read("broken.rss", "<rss version=\"2.0\"><channel><title>Cut off");
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not a readable RSS/Atom feed"));
    }

    @Test
    void readsFromBytesWithDeclaredEncoding() {
        byte[] xml = Fixtures.rss(new String[] {"Zürich café", "https://x.example/1", Fixtures.prose("the café")})
                .replace("UTF-8", "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);
        reader.read(xml, "x", "mem", articles::add, problems::add);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Zürich café"));
    }
}
