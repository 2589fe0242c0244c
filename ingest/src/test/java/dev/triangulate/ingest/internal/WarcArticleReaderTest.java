package dev.triangulate.ingest.internal;

import static dev.triangulate.ingest.internal.Fixtures.concat;
import static dev.triangulate.ingest.internal.Fixtures.gzip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.ingest.NoiseCleaner;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleReaderTest {
    @TempDir Path dir;
    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(String name, byte[] bytes, long cap) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        new WarcArticleReader(new HtmlArticles(new NoiseCleaner()), cap).read(f, articles::add, problems::add);
    }

    private static byte[][] records() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0};
        return new byte[][] {
            Fixtures.warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
            Fixtures.warcRecord("request", "https://meridianpress.example/ferry", "application/http; msgtype=request",
                    "GET /ferry HTTP/1.1\r\nHost: meridianpress.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
            Fixtures.htmlResponse("https://meridianpress.example/ferry", Fixtures.page("Ferry terminal closed", "the closure")),
            Fixtures.warcRecord("response", "https://meridianpress.example/logo.png", "application/http; msgtype=response",
                    Fixtures.http(200, "image/png", png)),
            Fixtures.warcRecord("response", "https://meridianpress.example/gone", "application/http; msgtype=response",
                    Fixtures.http(404, "text/html", "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8))),
            Fixtures.warcRecord("metadata", "https://meridianpress.example/ferry", "application/warc-fields",
                    "via: x\r\n".getBytes(StandardCharsets.UTF_8)),
            Fixtures.htmlResponse("https://meridianpress.example/council", Fixtures.page("Council meets", "the meeting")),
        };
    }

    @Test
    void readsOnlyHtmlResponsesFromPerRecordGzip() throws Exception {
        byte[][] recs = records();
        byte[] file = concat(Arrays.stream(recs).map(Fixtures::gzip).toArray(byte[][]::new));
        read("crawl.warc.gz", file, 1 << 20);
        assertThat(articles).extracting(Article::title).containsExactly("Ferry terminal closed", "Council meets");
        Article a = articles.get(0);
        assertThat(a.url()).isEqualTo("https://meridianpress.example/ferry");
        assertThat(a.outlet()).isEqualTo("Meridian Press");
        assertThat(a.body()).startsWith(Fixtures.prose("the closure"));
        assertThat(a.id()).startsWith("crawl-");
        assertThat(a.origin()).contains("crawl.warc.gz#3");
        assertThat(problems).isEmpty();
    }

    @Test
    void readsUncompressedWarc() throws Exception {
        read("crawl.warc", concat(records()), 1 << 20);
        assertThat(articles).hasSize(2);
    }

    @Test
    void readsArcFiles() throws Exception {
        byte[] page = Fixtures.http(200, "text/html", Fixtures.page("Ferry terminal closed", "the closure")
                .getBytes(StandardCharsets.UTF_8));
        String header = "1 0 test\nURL IP-address Archive-date Content-type Archive-length\n";
        String filedesc = "filedesc://crawl.arc 0.0.0.0 20310513190500 text/plain " + header.length() + "\n" + header + "\n";
        String rec = "https://meridianpress.example/ferry 93.184.216.34 20310513190500 text/html " + page.length + "\n";
        byte[] arc = concat(filedesc.getBytes(StandardCharsets.UTF_8), rec.getBytes(StandardCharsets.UTF_8), page,
                "\n".getBytes(StandardCharsets.UTF_8));
        read("crawl.arc.gz", gzip(arc), 1 << 20);
        assertThat(problems).isEmpty();
        assertThat(articles).extracting(Article::title).containsExactly("Ferry terminal closed");
        assertThat(articles.get(0).url()).isEqualTo("https://meridianpress.example/ferry");
    }

    @Test
    void truncatedGzipKeepsWhatWasReadAndSaysWhere() throws Exception {
        byte[][] recs = records();
        byte[] file = concat(Arrays.stream(recs).map(Fixtures::gzip).toArray(byte[][]::new));
        read("cut.warc.gz", Arrays.copyOf(file, file.length - 40), 1 << 20);
        assertThat(articles).extracting(Article::title).containsExactly("Ferry terminal closed");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("truncated or corrupt archive after"));
    }

    @Test
    void oversizedRecordsAreSkipped() throws Exception {
        read("big.warc", concat(records()), 500);
        assertThat(articles).isEmpty();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("larger than the 500 bytes limit"));
    }
}
