package dev.triangulate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSON Lines: one article object a line, gzip-compressed when the file is (by name or by
 * content). The file is streamed line by line, so its size is not limited by memory.
 *
 * <p>Fields: {@code id}; {@code title}; {@code content}, else {@code text}, else {@code body};
 * {@code url}, else {@code uri}; {@code outlet} (else derived from the URL host); {@code published},
 * else {@code dct}, else {@code date}; {@code author}; {@code language}, else {@code lang}. Other
 * fields are ignored here; gold labels among them can be read with {@link #readLabels}. ECB+
 * records ({@code id, topic, subtopic, split, text}) thus read as articles without a title.
 */
public final class JsonlArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NoiseCleaner cleaner;

    /** A reader with the standard noise filters. */
    public JsonlArticleReader() {
        this(new NoiseCleaner());
    }

    /** A reader using {@code cleaner} on the content. */
    public JsonlArticleReader(NoiseCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * Reads every line of {@code file}. A line that is not valid UTF-8 or JSON, or lacks an id
     * or content, is reported as "file:line: reason" and skipped; blank lines are ignored.
     */
    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        // Parsing and cleaning dominate the cost and are independent per line: do a batch of lines
        // in parallel, then hand results on in line order so the output stays deterministic.
        List<Line> batch = new ArrayList<>(BATCH);
        forEachLine(file, problems, line -> {
            batch.add(line);
            if (batch.size() == BATCH) flush(batch, articles, problems);
        });
        flush(batch, articles, problems);
    }

    private static final int BATCH = 256;

    private record Line(String text, String origin) {}

    private record Outcome(Article article, List<Problem> problems) {}

    private void flush(List<Line> batch, Consumer<Article> articles, Consumer<Problem> problems) {
        List<Outcome> outcomes = batch.parallelStream().map(this::parseLine).toList();
        batch.clear();
        for (Outcome o : outcomes) {
            o.problems().forEach(problems);
            if (o.article() != null) articles.accept(o.article());
        }
    }

    private Outcome parseLine(Line line) {
        List<Problem> problems = new ArrayList<>(1);
        JsonNode record = parseJson(line.text(), line.origin(), problems::add);
        Article article = record == null ? null : parse(record, line.origin(), problems::add).orElse(null);
        return new Outcome(article, problems);
    }

    /**
     * The value of a gold-label field (e.g. {@code incident_id}, {@code subtopic}) for each
     * record id, in file order. Records lacking the id or the field are left out. When an id
     * occurs more than once (GVA lists a few articles under two incidents) the first value is
     * kept, matching the article that ingest keeps.
     */
    public static Map<String, String> readLabels(Path file, String field) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        forEachLine(file, p -> { }, line -> {
            JsonNode record = parseJson(line.text(), line.origin(), p -> { });
            if (record == null) return;
            String id = text(record, "id");
            String value = text(record, field);
            if (id != null && value != null) labels.putIfAbsent(id, value);
        });
        return labels;
    }

    /**
     * Turns one parsed record into an article.
     *
     * @return the article, or empty (with a problem reported) when id or content is missing
     */
    public Optional<Article> parse(JsonNode record, String origin, Consumer<Problem> problems) {
        String id = text(record, "id");
        if (id == null) {
            problems.accept(new Problem(origin, "missing id"));
            return Optional.empty();
        }
        String content = first(record, "content", "text", "body");
        if (content == null) {
            problems.accept(new Problem(origin, "article " + id + ": missing content"));
            return Optional.empty();
        }
        String body = cleaner.clean(content);
        String title = NoiseCleaner.cleanTitle(text(record, "title"));
        if (body.isEmpty()) {
            problems.accept(new Problem(origin, "article " + id + ": no text left after removing page noise"));
            return Optional.empty();
        }
        String url = first(record, "url", "uri");
        String outlet = text(record, "outlet");
        if (outlet == null) outlet = Outlets.fromUrl(url).orElse(null);
        String language = first(record, "language", "lang");
        return Optional.of(new Article(id, title, body, outlet, url, published(record, origin, problems),
                text(record, "author"), language == null ? null : language.toLowerCase(Locale.ROOT), origin));
    }

    private static Instant published(JsonNode record, String origin, Consumer<Problem> problems) {
        String date = first(record, "published", "dct", "date");
        if (date == null) return null;
        Optional<Instant> parsed = PublishedDates.parse(date);
        if (parsed.isEmpty()) problems.accept(new Problem(origin, "unrecognized date '" + date + "', ignored"));
        return parsed.orElse(null);
    }

    // Decodes each non-blank line; lines that are not UTF-8 become problems here.
    private static void forEachLine(Path file, Consumer<Problem> problems, Consumer<Line> handler) throws IOException {
        try (ByteLines lines = new ByteLines(open(file))) {
            long lineNo = 0;
            while (lines.next()) {
                lineNo++;
                String origin = file + ":" + lineNo;
                String line;
                try {
                    line = Utf8.decode(lines.bytes(), 0, lines.length());
                } catch (MalformedUtf8Exception e) {
                    problems.accept(new Problem(origin, "not valid UTF-8 at byte " + e.offset() + " of the line"));
                    continue;
                }
                if (!line.isBlank()) handler.accept(new Line(line, origin));
            }
        }
    }

    // The JSON object on a line, or null with a problem reported.
    private static JsonNode parseJson(String line, String origin, Consumer<Problem> problems) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(new Problem(origin, "invalid JSON: " + firstLine(e.getOriginalMessage())));
            return null;
        }
        if (record == null || !record.isObject()) {
            problems.accept(new Problem(origin, "not a JSON object"));
            return null;
        }
        return record;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        // Sniff the gzip magic too: a compressed file is not always named ".gz".
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        boolean gzip = (b1 == 0x1f && b2 == 0x8b) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static String first(JsonNode record, String... fields) {
        for (String f : fields) {
            String v = text(record, f);
            if (v != null) return v;
        }
        return null;
    }

    // A non-blank scalar field as text (numeric ids become "123"), else null.
    private static String text(JsonNode record, String field) {
        JsonNode v = record.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static String firstLine(String s) {
        if (s == null) return "unparseable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
