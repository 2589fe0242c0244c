package dev.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import dev.triangulate.ingest.IngestResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private final FeedPoller poller = new FeedPoller(List.of(), null);

    @Test
    void readsAtomEntries() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Granholt Tribune</title>
                <entry><title>Fire destroys paper warehouse</title><id>urn:gt:1</id>
                <link rel="alternate" href="https://granholt-tribune.example/fire"/>
                <updated>2031-06-02T06:30:00Z</updated><author><name>Ada Quill</name></author>
                <content type="html">&lt;p&gt;A fire destroyed a paper warehouse in Granholt.&lt;/p&gt;&lt;p&gt;No one was injured.&lt;/p&gt;</content></entry>
                <entry><title>No body</title><id>urn:gt:2</id></entry>
                </feed>""";
        URI url = URI.create("http://127.0.0.1/atom.xml");
        IngestResult r = poller.parse(atom.getBytes(StandardCharsets.UTF_8), url);
        List<Article> as = r.articles();
        assertThat(as).hasSize(1);
        Article a = as.get(0);
        assertThat(a.title()).isEqualTo("Fire destroys paper warehouse");
        assertThat(a.body()).isEqualTo("A fire destroyed a paper warehouse in Granholt.\n\nNo one was injured.");
        assertThat(a.url()).isEqualTo("https://granholt-tribune.example/fire");
        assertThat(a.outlet()).isEqualTo("granholt-tribune.example");
        assertThat(a.author()).isEqualTo("Ada Quill");
        assertThat(a.published()).isEqualTo(Instant.parse("2031-06-02T06:30:00Z"));
        assertThat(r.problems()).singleElement().extracting(Problem::message).asString().contains("has no text");
        // the same entry read again gets the same id: the store recognises it on the next poll
        assertThat(poller.parse(atom.getBytes(StandardCharsets.UTF_8), url).articles().get(0).id()).isEqualTo(a.id());
    }
}
