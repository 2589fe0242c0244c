package dev.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over HTML pages and feeds, the format option, ingest progress and eval extract. */
class IngestCommandLineTest extends ConsoleCapture {
    @TempDir Path tmp;

    String stderr() { return err.toString(StandardCharsets.UTF_8); }

    static final String PROSE = "Officials in Port Alder said on Tuesday that the ferry terminal shooting would be investigated "
            + "by an independent panel, and that the findings would be published before the end of the month.";

    static String page(String title) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + PROSE + "</p><p>" + PROSE.replace("Tuesday", "Wednesday")
                + "</p></article></body></html>";
    }

    @Test
    void clusterReadsHtmlAndFeedsByContent() throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        Files.writeString(tmp.resolve("in/a.html"), page("Gunman opens fire at ferry terminal"));
        Files.writeString(tmp.resolve("in/b.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>"
                + "<link>https://x.example/</link><description>d</description><item><title>Ferry terminal shooting</title>"
                + "<link>https://x.example/1</link><description>" + PROSE + "</description></item></channel></rss>");
        Files.write(tmp.resolve("in/c.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Path tsv = tmp.resolve("out.tsv");
        int code = Main.run("cluster", tmp.resolve("in").toString(), "--assignments", tsv.toString());
        assertThat(code).as(stderr()).isZero();
        assertThat(Files.readAllLines(tsv)).hasSize(2);
        assertThat(stderr()).contains("triangulate: skipped").contains("c.png").contains("binary file");
    }

    @Test
    void formatOptionAcceptsTheNewFormatsAndRejectsUnknownOnes() throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        Files.writeString(tmp.resolve("in/page.txt"), page("Gunman opens fire at ferry terminal"));
        Path tsv = tmp.resolve("out.tsv");
        assertThat(Main.run("cluster", tmp.resolve("in").toString(), "--format", "html", "--assignments", tsv.toString()))
                .as(stderr()).isZero();
        int code = Main.run("cluster", tmp.resolve("in").toString(), "--format", "pdf", "--assignments", tsv.toString());
        assertThat(code).isNotZero();
        assertThat(stderr()).contains("triangulate: error:").contains("unknown --format 'pdf'").doesNotContain("\tat ");
    }

    @Test
    void loopbackUrlsAreRefusedByDefault() {
        int code = Main.run("cluster", "http://127.0.0.1:9/news", "--assignments", tmp.resolve("o.tsv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("loopback or private address").contains("--allow-private");
        assertThat(stderr().strip().lines().filter(l -> l.startsWith("triangulate: error:"))).hasSize(1);
    }

    @Test
    void progressBarOnlyForSlowBatchesAndNeverWhenQuiet() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        IngestProgressBar bar = new IngestProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        bar.update(1, 2, 1);
        bar.update(2, 2, 2);
        assertThat(buf.toString(StandardCharsets.UTF_8)).isEmpty(); // finished within a second
    }

    @Test
    void evalExtractScoresADataset() throws Exception {
        Path d = tmp.resolve("ds");
        Files.createDirectories(d.resolve("html"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(d.resolve("html/p1.html.gz")))) {
            o.write(page("Gunman opens fire").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(d.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + PROSE + " "
                + PROSE.replace("Tuesday", "Wednesday") + "\", \"url\": \"https://a.example/1\"}}");
        int code = Main.run("eval", "extract", d.toString(), "--worst", "1", "--throughput");
        assertThat(code).as(stderr()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("F1 1.0000", "ms/page", "p1")
                .contains("ingest of html/").contains(".warc.gz").contains("1 pages -> 1 articles");
    }

    @Test
    void evalExtractOnAMissingDatasetIsAOneLineError() {
        int code = Main.run("eval", "extract", tmp.resolve("nope").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr().strip()).startsWith("triangulate: error:").contains("nope");
        assertThat(stderr().strip().lines()).hasSize(1);
    }
}
