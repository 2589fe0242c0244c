package dev.triangulate.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.ingest.InputFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnifferTest {
    @TempDir Path dir;

    private static Optional<InputFormat> sniff(String s) {
        return Sniffer.sniff(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognizesEachFormatByContent() {
        assertThat(sniff("WARC/1.0\r\nWARC-Type: warcinfo\r\n")).contains(InputFormat.WARC);
        assertThat(sniff("filedesc://crawl.arc 0.0.0.0 20310513190500 text/plain 76\n")).contains(InputFormat.WARC);
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<rss version=\"2.0\"><channel>")).contains(InputFormat.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&x;</title>"))
                .contains(InputFormat.FEED);
        assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).contains(InputFormat.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">")).contains(InputFormat.FEED);
        assertThat(sniff("\n  <!doctype html><html><body><p>x</p></body></html>")).contains(InputFormat.HTML);
        assertThat(sniff("<div class=\"a\"><p>Fragment of a page</p></div>")).contains(InputFormat.HTML);
        assertThat(sniff("{\"id\": \"1\", \"content\": \"x\"}\n{\"id\": \"2\"}")).contains(InputFormat.JSONL);
        assertThat(sniff("outlet: Meridian Press\n---\nHeadline\n\nBody.")).contains(InputFormat.TEXT);
        // scraped text with stray tags stays text
        assertThat(sniff("Headline\n\nBody <img src=x.jpg> with an image tag.\n<p>and a paragraph")).contains(InputFormat.TEXT);
    }

    @Test
    void binaryContentIsNoFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(Sniffer.sniff(png)).isEmpty();
        assertThat(Sniffer.isBinary("plain text\twith tabs\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void looksInsideGzip() throws Exception {
        Path f = dir.resolve("pages.bin");
        Files.write(f, Fixtures.gzip("<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Sniffer.sniff(f)).contains(InputFormat.HTML);
        assertThat(InputFormat.detect(f)).contains(InputFormat.HTML);
    }
}
