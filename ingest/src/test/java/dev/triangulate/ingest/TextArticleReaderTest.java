package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextArticleReaderTest {
    private final TextArticleReader reader = new TextArticleReader();
    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @TempDir
    Path dir;

    private Article readOne(Path file) throws Exception {
        reader.read(file, articles::add, problems::add);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void seed004HeadlineAndCleanBody() throws Exception {
        Path seed = Seeds.seed("004_");
        Article a = readOne(seed);
        assertThat(a.id()).isEqualTo("004_7a0b7c5d8d3b20f6");
        assertThat(a.origin()).isEqualTo(seed.toString());
        assertThat(a.title()).isEqualTo("Video Shows Russia's Ambassador To Turkey Being Assassinated Inside An Art Gallery");
        assertThat(a.body()).startsWith("\"Don't forget Aleppo! Don't forget Syria!\"")
                .contains("The gunman was killed after a shootout with Turkish Special Forces")
                .doesNotContain("Image via", "Read this:", "Cover image");
        assertThat(a.outlet()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.language()).isEqualTo("en");
        assertThat(problems).isEmpty();
    }

    @Test
    void seed000HeadlineIsItsFirstLine() throws Exception {
        Article a = readOne(Seeds.seed("000_"));
        assertThat(a.title()).isEqualTo("Russian ambassador to Ankara has been killed in a gun attack in the Turkish "
                + "capital, Ankara, Russia’s foreign ministry said.");
        assertThat(a.body()).startsWith("Andrey Karlov was several minutes into a speech")
                .contains("Warning: The photos are very graphic.")
                .endsWith("as saying.")
                .doesNotContain("Please enter", "<img", "russian ambassador to turkey shot dead");
    }

    @Test
    void gluedCommentFormPrefixIsCutFromTheHeadline() {
        // How the two seeds look when scraped into one stream: the form text runs into the next headline.
        var a = reader.parse("Please enter your name hereVideo Shows Russia's Ambassador To Turkey Being Assassinated "
                + "Inside An Art Gallery\n\nBody.", "x", "x.txt", problems::add).orElseThrow();
        assertThat(a.title()).isEqualTo("Video Shows Russia's Ambassador To Turkey Being Assassinated Inside An Art Gallery");
    }

    @Test
    void frontMatterSetsMetadata() throws Exception {
        Path f = dir.resolve("story.txt");
        Files.writeString(f, """
                Outlet: Example News
                URL: https://www.example.com/world/ankara
                Date: 2016-12-19T18:30+03:00
                Author: A. Reporter
                Language: EN
                ID: ex-1
                ---
                Ambassador shot in Ankara

                Warning: The photos are very graphic.
                """);
        Article a = readOne(f);
        assertThat(a.id()).isEqualTo("ex-1");
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.url()).isEqualTo("https://www.example.com/world/ankara");
        assertThat(a.published()).isEqualTo(Instant.parse("2016-12-19T15:30:00Z"));
        assertThat(a.author()).isEqualTo("A. Reporter");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.title()).isEqualTo("Ambassador shot in Ankara");
        assertThat(a.body()).isEqualTo("Warning: The photos are very graphic.");
    }

    @Test
    void titleFromFrontMatterAndOutletFromUrl() {
        var a = reader.parse("title: Ambassador shot\nurl: https://www.example.org/a\n\nAmbassador shot\nHe died.",
                "fallback", "f.txt", problems::add).orElseThrow();
        assertThat(a.id()).isEqualTo("fallback");
        assertThat(a.title()).isEqualTo("Ambassador shot");
        assertThat(a.body()).isEqualTo("He died."); // the repeated headline is not kept twice
        assertThat(a.outlet()).isEqualTo("example.org");
    }

    @Test
    void yamlStyleFencedFrontMatter() {
        var a = reader.parse("---\ntitle: \"Shots in Ankara\"\npublished: 2016-12-19\ntags: x\n---\nBody text.",
                "y", "y.md", problems::add).orElseThrow();
        assertThat(a.title()).isEqualTo("Shots in Ankara");
        assertThat(a.published()).isEqualTo(Instant.parse("2016-12-19T00:00:00Z"));
        assertThat(a.body()).isEqualTo("Body text.");
    }

    @Test
    void anOpeningLineWithAColonIsNotMetadata() {
        var a = reader.parse("Warning: The photos are very graphic.\nBody.", "w", "w.txt", problems::add).orElseThrow();
        assertThat(a.title()).isEqualTo("Warning: The photos are very graphic.");
    }

    @ParameterizedTest
    @CsvSource({
        "2016-12-19, 2016-12-19T00:00:00Z", "2016-12-19T18:30:00Z, 2016-12-19T18:30:00Z",
        "2016-12-19T18:30+03:00, 2016-12-19T15:30:00Z", "2016-12-19 18:30, 2016-12-19T18:30:00Z"})
    void dateForms(String date, String expected) {
        var a = reader.parse("date: " + date + "\n\nHeadline\nBody.", "d", "d.txt", problems::add).orElseThrow();
        assertThat(a.published()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void badDateIsAProblemNotAFailure() {
        var a = reader.parse("date: last Monday\n\nHeadline\nBody.", "d", "d.txt", problems::add).orElseThrow();
        assertThat(a.published()).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("last Monday"));
    }

    @Test
    void emptyAndNoiseOnlyFilesAreProblems() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path noise = Files.writeString(dir.resolve("noise.txt"), "Please enter your comment!\n<br>\nShare this:\n");
        reader.read(empty, articles::add, problems::add);
        reader.read(noise, articles::add, problems::add);
        assertThat(articles).isEmpty();
        assertThat(problems).extracting(Problem::message).containsExactly("empty file", "no article text (after removing page noise)");
    }

    @Test
    void invalidUtf8IsAProblemWithTheByteOffset() throws Exception {
        byte[] bytes = "Headline\nCaf".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xE9; // Latin-1 "é"
        bad[bytes.length + 1] = '\n';
        Path f = Files.write(dir.resolve("latin1.txt"), bad);
        reader.read(f, articles::add, problems::add);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(f.toString());
            assertThat(p.message()).isEqualTo("not valid UTF-8 at byte " + bytes.length);
        });
    }

    @Test
    void byteOrderMarkAndCrLfAreHandled() throws Exception {
        Path f = Files.write(dir.resolve("bom.txt"), "\uFEFFHeadline\r\n\r\nBody line.\r\n".getBytes(StandardCharsets.UTF_8));
        Article a = readOne(f);
        assertThat(a.title()).isEqualTo("Headline");
        assertThat(a.body()).isEqualTo("Body line.");
    }
}
