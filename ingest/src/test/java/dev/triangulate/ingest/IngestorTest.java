package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    private final Ingestor ingestor = new Ingestor();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    @Test
    void readsTheSeedDirectory() throws Exception {
        IngestResult r = ingestor.read(List.of(Seeds.seedsDir()), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::id).containsExactly("000_a03cfc4ab5fae36b", "004_7a0b7c5d8d3b20f6");
        assertThat(r.articles().get(1).title())
                .isEqualTo("Video Shows Russia's Ambassador To Turkey Being Assassinated Inside An Art Gallery");
        for (Article a : r.articles()) {
            assertThat(a.body()).doesNotContain("Please enter", "<img", "Image via", "russian ambassador to turkey shot dead",
                    "russian ambassodor killed", "Read this:");
        }
        assertThat(r.articles().get(0).body()).contains("Warning: The photos are very graphic.");
        assertThat(r.articles().get(1).body()).contains("The gunman was killed after a shootout with Turkish Special Forces",
                "Don't forget Aleppo! Don't forget Syria!");
        assertThat(r.problems()).isEmpty();
        assertThat(r.duplicates()).isEmpty();
    }

    @Test
    void walksDirectoriesInSortedOrderAndSkipsNonArticles() throws Exception {
        write("b/02.txt", "Second headline\nBody two.");
        write("a/01.md", "First headline\nBody one.");
        write("c/03", "Third headline\nBody three.");
        write("README.md", "This directory holds test articles.");
        write("EXPECTED.json", "{}");
        write(".hidden.txt", "Hidden headline\nHidden.");
        write(".git/x.txt", "Git headline\nGit.");
        write("data.csv", "a,b\n1,2\n");
        IngestResult r = ingestor.read(List.of(dir), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::id).containsExactly("01", "02", "03");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("data.csv");
            assertThat(p.message()).startsWith("skipped: unknown file type");
        });
    }

    @Test
    void anExplicitFileIsReadByItsContentNotItsName() throws Exception {
        Path f = write("story.html", "A headline\nA body.");
        assertThat(ingestor.read(List.of(f), InputFormat.AUTO).articles()).extracting(Article::title).containsExactly("A headline");
    }

    @Test
    void aFileNamedTwiceIsReadOnce() throws Exception {
        Path f = write("one.txt", "A headline\nA body.");
        IngestResult r = ingestor.read(List.of(dir, f), InputFormat.AUTO);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void mixesTextAndGzipJsonl() throws Exception {
        write("t/one.txt", "id: txt-1\n\nText headline\nText body.");
        Path gz = dir.resolve("t/more.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"id\": \"j1\", \"title\": \"Json headline\", \"content\": \"Json body.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        IngestResult r = ingestor.read(List.of(dir.resolve("t")), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::id).containsExactly("j1", "txt-1");
    }

    @Test
    void forcedFormatAppliesToEveryFile() throws Exception {
        write("x.data", "{\"id\": \"j1\", \"content\": \"Json body.\"}");
        assertThat(ingestor.read(List.of(dir), InputFormat.JSONL).articles()).extracting(Article::id).containsExactly("j1");
        assertThat(ingestor.read(List.of(dir), InputFormat.TEXT).articles()).extracting(Article::id).containsExactly("x");
    }

    @Test
    void brokenFilesAreProblemsAndTheRestIsRead() throws Exception {
        write("good.txt", "Good headline\nGood body.");
        write("empty.txt", "");
        Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
        IngestResult r = ingestor.read(List.of(dir), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::id).containsExactly("good");
        assertThat(r.problems()).extracting(Problem::message).containsExactly("empty file", "not valid UTF-8 at byte 3");
    }

    @Test
    void exactDuplicatesAreDroppedAndReported() throws Exception {
        write("a.txt", "Same headline\nSame body.");
        write("b.txt", "Same   headline\nSame body!");
        IngestResult r = ingestor.read(List.of(dir), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::id).containsExactly("a");
        assertThat(r.duplicates()).containsExactly(new Duplicate("b", "a", 1.0, true));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("duplicate of a"));
    }

    @Test
    void clashingIdsAreResolved() throws Exception {
        write("x/story.txt", "First headline\nFirst body.");
        write("y/story.txt", "Second headline\nSecond body.");
        write("z/story.txt", "First headline\nFirst body.");
        IngestResult r = ingestor.read(List.of(dir), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::id).containsExactly("story", "story~2");
        assertThat(r.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("renamed to story~2"))
                .anySatisfy(m -> assertThat(m).contains("same id and text"));
    }

    @Test
    void missingPathFailsWithThePathInTheMessage() {
        Path missing = dir.resolve("no-such-dir");
        assertThatThrownBy(() -> ingestor.read(List.of(missing), InputFormat.AUTO))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void emptyDirectoryFails() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ingestor.read(List.of(empty), InputFormat.AUTO))
                .isInstanceOf(IngestException.class)
                .hasMessage("no articles found in " + empty);
    }

    @Test
    void noReadableArticleFailsNamingTheFirstProblem() throws Exception {
        Path bad = Files.write(dir.resolve("x.txt"), new byte[] {'a', 'b', (byte) 0xFF});
        assertThatThrownBy(() -> ingestor.read(List.of(bad), InputFormat.AUTO))
                .isInstanceOf(IngestException.class)
                .hasMessage("no articles read from " + bad + ": " + bad + ": not valid UTF-8 at byte 2");
    }

    @Test
    void noPathsFails() {
        assertThatThrownBy(() -> ingestor.read(List.of(), InputFormat.AUTO)).isInstanceOf(IngestException.class);
    }

    @Test
    void unreadableFileIsAProblem() throws Exception {
        write("ok.txt", "Fine headline\nFine body.");
        Path locked = write("locked.txt", "Locked headline\nLocked body.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");
        IngestResult r = ingestor.read(List.of(dir), InputFormat.AUTO);
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("permission denied"));
    }

    @Test
    void readsTheWholeGvaCorpus() throws Exception {
        Path gva = Seeds.data("gva/docs.jsonl.gz");
        long start = System.nanoTime();
        IngestResult r = ingestor.read(List.of(gva), InputFormat.AUTO);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long exact = r.duplicates().stream().filter(Duplicate::exact).count();
        long sameIdAndText = r.problems().stream().filter(p -> p.message().endsWith("same id and text")).count();
        long unreadable = r.problems().stream().filter(p -> p.message().contains("missing content")
                || p.message().contains("no text left")).count();
        System.out.printf("gva: %d articles in %d ms; dropped: %d exact duplicates, %d repeated ids, %d without text; "
                + "%d near-duplicate pairs%n", r.articles().size(), millis, exact, sameIdAndText, unreadable,
                r.duplicates().size() - exact);
        assertThat(r.articles().size() + exact + sameIdAndText + unreadable).isEqualTo(5742);
        assertThat(exact).isEqualTo(26);
        assertThat(r.articles()).hasSize(5572);
        assertThat(r.articles()).allSatisfy(a -> assertThat(a.outlet()).isNotEqualTo("web.archive.org"));
    }
}
