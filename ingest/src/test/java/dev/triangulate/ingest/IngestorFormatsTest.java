package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.triangulate.ingest.internal.Fixtures;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directories mixing formats, hostile files, and URLs: every input is read or reported, none stops the batch. */
class IngestorFormatsTest {
    @TempDir Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, bytes);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String messageFor(IngestResult r, String fileName) {
        return r.problems().stream().filter(p -> p.origin().contains(fileName)).map(Problem::message).findFirst().orElse("");
    }

    @Test
    void readsADirectoryMixingFormatsByContent() throws Exception {
        write("a/story.txt", utf8("outlet: Meridian Press\n---\nPlain text headline\n\n" + Fixtures.prose("the plain story")));
        write("b/page.html", utf8(Fixtures.page("Page headline", "the page")));
        write("b/zipped.html.gz", Fixtures.gzip(utf8(Fixtures.page("Zipped headline", "the zipped page"))));
        write("c/news.rss", utf8(Fixtures.rss(new String[] {"Feed headline", "https://x.example/1", Fixtures.prose("the feed item")})));
        write("d/crawl.warc.gz", Fixtures.concat(Fixtures.gzip(Fixtures.htmlResponse("https://y.example/1",
                Fixtures.page("Archive headline", "the archived page")))));
        write("e/docs.jsonl", utf8("{\"id\":\"j1\",\"title\":\"Jsonl headline\",\"content\":\"" + Fixtures.prose("the record") + "\"}\n"));
        write("f/mislabelled.txt", utf8(Fixtures.page("Mislabelled headline", "the mislabelled page")));
        write("f/no-extension-feed", utf8(Fixtures.rss(new String[] {"Sniffed headline", "https://x.example/2", Fixtures.prose("the sniffed item")})));
        List<int[]> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        Ingestor ingestor = new Ingestor(IngestOptions.defaults().withProgress((d, t, a) -> progress.add(new int[] {d, t, a})));
        IngestResult r = ingestor.read(List.of(dir), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::title).containsExactly("Plain text headline", "Page headline",
                "Zipped headline", "Feed headline", "Archive headline", "Jsonl headline", "Mislabelled headline", "Sniffed headline");
        assertThat(r.problems()).isEmpty();
        assertThat(progress).hasSize(8);
        assertThat(progress).extracting(p -> p[0]).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(progress).extracting(p -> p[1]).containsOnly(8);
        assertThat(progress).anySatisfy(p -> assertThat(p).containsExactly(8, 8, 8));
    }

    @Test
    void hostileFilesAreReportedAndTheBatchGoesOn() throws Exception {
        write("00-good.html", utf8(Fixtures.page("Good headline", "the good page")));
        byte[] png = new byte[2048];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        write("01-image.png", png);
        write("02-binary.html", png);
        byte[] gz = Fixtures.gzip(utf8("{\"id\":\"j1\",\"content\":\"" + Fixtures.prose("x").repeat(50) + "\"}\n"));
        write("03-truncated.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
        write("04-huge.html", utf8("<html><body>" + ("<p>" + Fixtures.prose("bloat") + "</p>").repeat(4000) + "</body></html>"));
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(30_000)).append("<p>").append(Fixtures.prose("the deep page")).append("</p>");
        deep.append("</div>".repeat(30_000)).append("</body></html>");
        write("05-deep.html", utf8(deep.toString()));
        write("06-xxe.rss", utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"));
        write("07-latin1.html", Fixtures.page("Café headline", "the café").replace("<head>", "<head><meta charset=utf-8>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        write("08-empty.html", new byte[0]);
        write("09-broken.jsonl", utf8("not json at all\n{\"id\":\"j9\",\"content\":\"" + Fixtures.prose("line two") + "\"}\n"));

        IngestResult r = new Ingestor(IngestOptions.defaults().withMaxBytes(400 * 1024)).read(List.of(dir), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::title).containsExactly("Good headline", "", "Café headline", "");
        assertThat(r.articles().get(3).id()).isEqualTo("j9");
        assertThat(r.articles().get(1).body()).contains("the deep page");
        assertThat(r.articles().get(2).body()).contains("the café");
        assertThat(messageFor(r, "01-image.png")).startsWith("skipped: binary file");
        assertThat(messageFor(r, "02-binary.html")).startsWith("skipped: binary file");
        assertThat(messageFor(r, "03-truncated.jsonl.gz")).contains("truncated or corrupt gzip");
        assertThat(messageFor(r, "04-huge.html")).contains("larger than the 400 KiB limit");
        assertThat(messageFor(r, "06-xxe.rss")).contains("DOCTYPE");
        assertThat(messageFor(r, "07-latin1.html")).contains("not valid UTF-8");
        assertThat(messageFor(r, "08-empty.html")).isEqualTo("empty file");
        assertThat(messageFor(r, "09-broken.jsonl:1")).startsWith("invalid JSON");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\tat ", "Exception"));
    }

    @Test
    void fetchesUrlsFromALocalServerOnlyWhenAllowed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body = switch (path) {
                case "/robots.txt" -> utf8("User-agent: *\nDisallow:\n");
                case "/feed" -> utf8(Fixtures.rss(new String[] {"Fetched feed item", "https://x.example/9", Fixtures.prose("the fetched item")}));
                default -> utf8(Fixtures.page("Fetched headline", "the fetched page"));
            };
            ex.getResponseHeaders().add("Content-Type", path.equals("/feed") ? "application/rss+xml" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            // picocli and Path.of collapse "//" as any path; the ingestor reads both spellings
            List<Path> urls = List.of(Path.of(base + "/news/1"), Path.of(base + "/feed"));
            IngestResult r = new Ingestor(IngestOptions.defaults().withAllowPrivateAddresses(true)).read(urls, InputFormat.AUTO);
            assertThat(r.articles()).extracting(Article::title).containsExactly("Fetched headline", "Fetched feed item");
            assertThat(r.articles().get(0).url()).isEqualTo(base + "/news/1");

            assertThatThrownBy(() -> new Ingestor().read(urls, InputFormat.AUTO))
                    .isInstanceOf(IngestException.class).hasMessageContaining("loopback or private address");
        } finally {
            server.stop(0);
        }
    }
}
