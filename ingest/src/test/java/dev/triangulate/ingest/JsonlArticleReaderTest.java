package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlArticleReaderTest {
    private final JsonlArticleReader reader = new JsonlArticleReader();
    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @TempDir
    Path dir;

    // Invented records in the GVA layout: {title, dct, uri, id, content, incident_id}.
    private static final String GVA_1 = """
            {"title": "Man wounded in Elm Street shooting", "dct": "2017-03-02", \
            "uri": "http://web.archive.org/web/20170305000000/http://www.example-news.com/elm-street", \
            "id": "a1", "content": "Share this:\\n\\nA man was shot on Elm Street on Thursday, police said.\\n\
            share on facebook\\nHe is in stable condition.", "incident_id": "900001"}""";
    private static final String GVA_2 = """
            {"title": "Two hurt &amp; one held", "dct": "2017-03-04", "uri": "https://news.example.org/x", \
            "id": "a2", "content": "Two people were hurt.\\n\\n<img src=\\"x.jpg\\">\\n\\nOne man was arrested.", \
            "incident_id": "900002", "extra": {"nested": true}}""";

    private Path gzip(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void readsGzipGvaStyleRecords() throws Exception {
        Path f = gzip("docs.jsonl.gz", GVA_1, GVA_2);
        reader.read(f, articles::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(2);
        Article a = articles.get(0);
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.title()).isEqualTo("Man wounded in Elm Street shooting");
        assertThat(a.body()).isEqualTo("A man was shot on Elm Street on Thursday, police said.\n\nHe is in stable condition.");
        assertThat(a.url()).startsWith("http://web.archive.org/");
        assertThat(a.outlet()).isEqualTo("example-news.com"); // the archived site, not archive.org
        assertThat(a.published()).isEqualTo(Instant.parse("2017-03-02T00:00:00Z"));
        assertThat(a.origin()).isEqualTo(f + ":1");
        Article b = articles.get(1);
        assertThat(b.title()).isEqualTo("Two hurt & one held");
        assertThat(b.body()).isEqualTo("Two people were hurt.\n\nOne man was arrested.");
        assertThat(b.outlet()).isEqualTo("news.example.org");
    }

    @Test
    void aBadLineIsAProblemAndTheRestIsRead() throws Exception {
        Path f = dir.resolve("mixed.jsonl");
        Files.writeString(f, String.join("\n", GVA_1, "{\"id\": \"broken\", \"content\": ", "", "[1, 2]",
                "{\"content\": \"No id here.\"}", "{\"id\": \"empty\", \"content\": \"  \"}", GVA_2));
        reader.read(f, articles::add, problems::add);
        assertThat(articles).extracting(Article::id).containsExactly("a1", "a2");
        assertThat(problems).extracting(Problem::origin).containsExactly(f + ":2", f + ":4", f + ":5", f + ":6");
        assertThat(problems.get(0).message()).startsWith("invalid JSON");
        assertThat(problems.get(1).message()).isEqualTo("not a JSON object");
        assertThat(problems.get(2).message()).isEqualTo("missing id");
        assertThat(problems.get(3).message()).contains("missing content");
    }

    @Test
    void anInvalidUtf8LineIsAProblem() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((GVA_1 + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\": \"x\", \"content\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write((GVA_2 + "\n").getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("latin1.jsonl"), bytes.toByteArray());
        reader.read(f, articles::add, problems::add);
        assertThat(articles).extracting(Article::id).containsExactly("a1", "a2");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(f + ":2");
            assertThat(p.message()).isEqualTo("not valid UTF-8 at byte 27 of the line");
        });
    }

    @Test
    void readsEcbPlusStyleRecordsWithoutTitle() throws Exception {
        Path f = dir.resolve("ecb.jsonl");
        Files.writeString(f, "{\"id\": \"1_1ecb\", \"topic\": 1, \"subtopic\": \"1ecb\", \"split\": \"train\", "
                + "\"text\": \"An actress checked into rehab , her rep said .\\nShe is 33 .\"}\n");
        reader.read(f, articles::add, problems::add);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEmpty();
            assertThat(a.body()).isEqualTo("An actress checked into rehab , her rep said .\n\nShe is 33 .");
            assertThat(a.outlet()).isNull();
        });
    }

    @Test
    void alternativeFieldNamesAndNumericIds() throws Exception {
        Path f = dir.resolve("alt.ndjson");
        Files.writeString(f, "{\"id\": 42, \"title\": \"T\", \"content\": \"Body.\", \"url\": \"https://www.example.com/a\", "
                + "\"outlet\": \"Example\", \"published\": \"2016-12-19T18:30:00Z\", \"author\": \"A\", \"lang\": \"TR\"}\r\n");
        reader.read(f, articles::add, problems::add);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("42");
            assertThat(a.outlet()).isEqualTo("Example");
            assertThat(a.published()).isEqualTo(Instant.parse("2016-12-19T18:30:00Z"));
            assertThat(a.author()).isEqualTo("A");
            assertThat(a.language()).isEqualTo("tr");
        });
    }

    @Test
    void gzipIsRecognizedByContentToo() throws Exception {
        Path f = gzip("compressed.jsonl", GVA_1);
        reader.read(f, articles::add, problems::add);
        assertThat(articles).extracting(Article::id).containsExactly("a1");
    }

    @Test
    void manyLinesKeepTheirOrder() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) lines.add("{\"id\": \"n" + i + "\", \"content\": \"Article number " + i + ".\"}");
        reader.read(gzip("many.jsonl.gz", lines.toArray(String[]::new)), articles::add, problems::add);
        assertThat(articles).hasSize(1000);
        assertThat(articles.get(0).id()).isEqualTo("n0");
        assertThat(articles.get(999).id()).isEqualTo("n999");
    }

    @Test
    void readLabelsMapsIdsToGoldValues() throws Exception {
        String repeated = GVA_1.replace("900001", "900003");
        Path f = gzip("docs.jsonl.gz", GVA_1, GVA_2, "not json", repeated);
        assertThat(JsonlArticleReader.readLabels(f, "incident_id"))
                .containsExactly(java.util.Map.entry("a1", "900001"), java.util.Map.entry("a2", "900002"));
        assertThat(JsonlArticleReader.readLabels(f, "no_such_field")).isEmpty();
    }

    @Test
    void readsTheEcbPlusDevelopmentSet() throws Exception {
        Path f = Seeds.data("ecbplus/docs.jsonl.gz");
        reader.read(f, articles::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(772);
        assertThat(JsonlArticleReader.readLabels(f, "subtopic")).hasSize(772);
    }
}
