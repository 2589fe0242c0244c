package dev.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private final FeedPoller poller = new FeedPoller(List.of(), null, new ArticleInput(1000));

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
        List<Problem> problems = new ArrayList<>();
        List<Article> as = poller.parse(atom, "http://127.0.0.1/atom.xml", problems);
        assertThat(as).hasSize(1);
        Article a = as.get(0);
        assertThat(a.title()).isEqualTo("Fire destroys paper warehouse");
        assertThat(a.body()).isEqualTo("A fire destroyed a paper warehouse in Granholt.\n\nNo one was injured.");
        assertThat(a.url()).isEqualTo("https://granholt-tribune.example/fire");
        assertThat(a.outlet()).isEqualTo("granholt-tribune.example");
        assertThat(a.author()).isEqualTo("Ada Quill");
        assertThat(a.published()).isEqualTo(Instant.parse("2031-06-02T06:30:00Z"));
        assertThat(a.id()).startsWith("feed-");
        assertThat(problems).singleElement().extracting(Problem::message).isEqualTo("no content");
        // the same entry read again gets the same id: the store recognises it on the next poll
        assertThat(poller.parse(atom, "http://127.0.0.1/atom.xml", new ArrayList<>()).get(0).id()).isEqualTo(a.id());
    }
}
