package dev.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract other tools rely on: arguments, output files, JSON shape, exit codes. */
class CommandLineContractTest extends ConsoleCapture {
    @TempDir Path tmp;

    static Path corpus() {
        String r = System.getProperty("triangulate.root", "..");
        return Path.of(r).resolve("examples/corpus");
    }

    String stderr() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void analyzeWritesJsonAndHtmlInTheDocumentedShape() throws Exception {
        Path json = tmp.resolve("out/report.json"), html = tmp.resolve("out/report.html");
        int code = Main.run("analyze", corpus().toString(), "--json", json.toString(), "--html", html.toString());
        assertThat(code).as(stderr()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode stories = root.get("stories");
        assertThat(stories.size()).isEqualTo(3);
        JsonNode s = stories.get(0);
        for (String f : List.of("id", "headline", "articles", "facts", "quotes")) assertThat(s.has(f)).as(f).isTrue();
        JsonNode art = s.get("articles").get(0);
        for (String f : List.of("id", "title", "outlet", "published")) assertThat(art.has(f)).as(f).isTrue();
        JsonNode fact = s.get("facts").get(0);
        for (String f : List.of("subject", "slot", "values", "status")) assertThat(fact.has(f)).as(f).isTrue();
        assertThat(fact.get("slot").asText()).matches("[a-z]+");
        assertThat(fact.get("status").asText()).isIn("corroborated", "single-source", "disputed", "developing");
        JsonNode value = fact.get("values").get(0);
        for (String f : List.of("value", "qualifier", "sources")) assertThat(value.has(f)).as(f).isTrue();
        JsonNode src = value.get("sources").get(0);
        for (String f : List.of("article", "outlet", "sentence")) assertThat(src.has(f)).as(f).isTrue();
        JsonNode quote = s.get("quotes").get(0);
        for (String f : List.of("speaker", "text", "articles")) assertThat(quote.has(f)).as(f).isTrue();

        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Port Alder").contains("developing").doesNotContain("<script");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 stories");
    }

    @Test
    void missingPathIsAOneLineErrorAndNonZeroExit() {
        int code = Main.run("analyze", tmp.resolve("nope").toString(), "--json", tmp.resolve("x.json").toString());
        assertThat(code).isNotZero();
        assertThat(stderr().strip()).startsWith("triangulate: error:").contains("nope").doesNotContain("\tat ");
        assertThat(stderr().strip().lines()).hasSize(1);
    }

    @Test
    void emptyDirectoryIsAnError() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThat(Main.run("analyze", tmp.resolve("empty").toString())).isNotZero();
        assertThat(stderr()).contains("triangulate: error:");
    }

    @Test
    void unreadableEncodingAloneIsAnError() throws Exception {
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', (byte) 0xC3, (byte) 0x28, 'x', '\n'});
        assertThat(Main.run("analyze", bad.toString())).isNotZero();
        assertThat(stderr()).contains("triangulate: error:").contains("bad.txt");
    }

    @Test
    void aBrokenArticleIsReportedAndTheRestProcessed() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("good.txt"), "outlet: Test Post\ndate: 2030-01-02\n---\nBridge closed\n\n"
                + "Two people were injured when a bridge collapsed in Lowbridge on Monday, police said.\n");
        Files.write(dir.resolve("broken.txt"), new byte[] {'T', '\n', '\n', (byte) 0xFF, (byte) 0xFE, 'x'});
        Path json = tmp.resolve("r.json");
        assertThat(Main.run("analyze", dir.toString(), "--json", json.toString())).as(stderr()).isZero();
        assertThat(stderr()).contains("broken.txt");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("stories").size()).isEqualTo(1);
        assertThat(root.get("problems").toString()).contains("broken.txt");
    }

    @Test
    void clusterWritesAnAssignmentForEveryArticle() throws Exception {
        Path in = tmp.resolve("docs.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"d1\",\"title\":\"Bridge collapse in Lowbridge\",\"content\":\"A bridge collapsed in Lowbridge on Monday, injuring two people, police said. Engineer Paul Dremm inspected it.\",\"dct\":\"2030-01-02\"}",
                "{\"id\":\"d2\",\"title\":\"Lowbridge bridge falls\",\"content\":\"Two people were hurt when the Lowbridge bridge collapsed on Monday. Paul Dremm, an engineer, inspected it last year.\",\"dct\":\"2030-01-02\"}",
                "{\"id\":\"d3\",\"title\":\"Budget vote in Eastvale\",\"content\":\"The Eastvale council approved its budget by seven votes to four on Thursday. Mayor Lena Horvath welcomed the vote.\",\"dct\":\"2030-03-20\"}",
                "{\"id\":\"d4\",\"title\":\"bad\",\"content\":"));
        Path tsv = tmp.resolve("a.tsv");
        int code = Main.run("cluster", in.toString(), "--format", "jsonl", "--assignments", tsv.toString());
        assertThat(code).as(stderr()).isZero();
        List<String[]> rows = Files.readAllLines(tsv).stream().map(l -> l.split("\t")).toList();
        assertThat(rows).extracting(r -> r[0]).containsExactly("d1", "d2", "d3");
        assertThat(rows.get(0)[1]).isEqualTo(rows.get(1)[1]).isNotEqualTo(rows.get(2)[1]);
        assertThat(stderr()).contains("docs.jsonl:4");
    }

    @Test
    void unknownFormatIsAClearError() {
        assertThat(Main.run("cluster", corpus().toString(), "--format", "xml", "--assignments", tmp.resolve("a").toString())).isNotZero();
        assertThat(stderr()).contains("unknown --format 'xml'");
    }
}
