package dev.triangulate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.ingest.JsonlArticleReader;
import dev.triangulate.ingest.TextArticleReader;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Turns what clients send (JSON bodies, uploaded or watched files, feed items) into articles,
 * with the same readers and noise filters as the batch command.
 */
final class ArticleInput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonlArticleReader jsonl = new JsonlArticleReader();
    private final TextArticleReader text = new TextArticleReader();
    private final int maxArticles;

    /** Articles read and the problems met, in input order. */
    record Parsed(List<Article> articles, List<Problem> problems) {}

    /** A client error in the request as a whole (not in one article). */
    static final class BadInput extends Exception {
        BadInput(String message) { super(message); }
    }

    ArticleInput(int maxArticles) {
        this.maxArticles = maxArticles;
    }

    /**
     * A JSON body: one article object, an array of them, {@code {"articles": [...]}}, or (with an
     * ndjson/jsonl content type) one object a line.
     */
    Parsed fromJsonBody(byte[] body, String contentType) throws BadInput {
        String s = decode(body, "request body");
        List<JsonNode> records = new ArrayList<>();
        boolean lines = contentType != null && (contentType.contains("ndjson") || contentType.contains("jsonl"));
        List<Problem> problems = new ArrayList<>();
        if (lines) {
            int n = 0;
            for (String line : s.split("\\R")) {
                n++;
                if (line.isBlank()) continue;
                try {
                    records.add(JSON.readTree(line));
                } catch (JsonProcessingException e) {
                    problems.add(new Problem("line " + n, jsonError(e)));
                }
            }
        } else {
            JsonNode root;
            try {
                root = JSON.readTree(s);
            } catch (JsonProcessingException e) {
                throw new BadInput(jsonError(e));
            }
            if (root == null || root.isMissingNode()) throw new BadInput("empty request body: send an article object, an array of them or {\"articles\": [...]}");
            if (root.isObject() && root.has("articles") && root.get("articles").isArray()) root = root.get("articles");
            if (root.isArray()) root.forEach(records::add);
            else if (root.isObject()) records.add(root);
            else throw new BadInput("expected an article object, an array of them or {\"articles\": [...]}");
        }
        if (records.size() > maxArticles) throw new BadInput("too many articles in one request: " + records.size() + " (limit " + maxArticles + ")");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String origin = records.size() == 1 && !lines ? "request" : "article " + (i + 1);
            fromRecord(records.get(i), origin, problems).forEach(articles::add);
        }
        return new Parsed(articles, problems);
    }

    /** One JSON record (the JSONL field names); an id is derived from the URL or text when missing. */
    List<Article> fromRecord(JsonNode record, String origin, List<Problem> problems) {
        if (!(record instanceof ObjectNode o)) {
            problems.add(new Problem(origin, "not a JSON object"));
            return List.of();
        }
        if (!o.hasNonNull("id") || o.get("id").asText().isBlank()) {
            String basis = text(o, "url") != null ? text(o, "url") : text(o, "uri") != null ? text(o, "uri")
                    : String.valueOf(text(o, "title")) + "\n" + first(o, "content", "text", "body");
            o = o.deepCopy();
            o.put("id", "a-" + sha(basis));
        }
        return jsonl.parse(o, origin, problems::add).map(List::of).orElse(List.of());
    }

    /** Saved web pages, feeds and web archives are read by the batch readers, the same as {@code analyze} reads them. */
    private Parsed viaIngestor(String name, byte[] bytes, InputFormat fmt) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("triangulate-upload");
            Path file = dir.resolve(name);
            java.nio.file.Files.write(file, bytes);
            var result = new dev.triangulate.ingest.Ingestor().read(List.of(file), fmt);
            articles.addAll(result.articles());
            for (Problem p : result.problems()) problems.add(new Problem(name, p.message()));
        } catch (IOException | dev.triangulate.ingest.IngestException e) {
            problems.add(new Problem(name, e.getMessage() == null ? e.toString() : e.getMessage()));
        } finally {
            if (dir != null) {
                try (var files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
        return new Parsed(articles, problems);
    }

    /**
     * A file by its name: JSONL ({@code .jsonl}, {@code .ndjson}, optionally gzipped), one plain-text
     * article, or a saved web page, feed or web archive.
     */
    Parsed fromFile(String fileName, byte[] bytes) throws BadInput {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        String name = fileName == null || fileName.isBlank() ? "upload.txt" : Path.of(fileName).getFileName().toString();
        InputFormat fmt = InputFormat.byExtension(Path.of(name)).orElse(null);
        if (fmt == null) {
            problems.add(new Problem(name, "unknown file type (expected .txt, .md, .jsonl[.gz], .ndjson, .html, .rss, .atom, .xml or .warc[.gz])"));
            return new Parsed(articles, problems);
        }
        if (bytes.length == 0) {
            problems.add(new Problem(name, "empty file"));
            return new Parsed(articles, problems);
        }
        if (fmt == InputFormat.HTML || fmt == InputFormat.FEED || fmt == InputFormat.WARC) {
            return viaIngestor(name, bytes, fmt);
        }
        if (fmt == InputFormat.JSONL) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    problems.add(new Problem(name, "not a valid gzip file"));
                    return new Parsed(articles, problems);
                }
            }
            String s;
            try {
                s = decode(bytes, name);
            } catch (BadInput e) {
                problems.add(new Problem(name, e.getMessage()));
                return new Parsed(articles, problems);
            }
            int n = 0;
            for (String line : s.split("\\R")) {
                n++;
                if (line.isBlank()) continue;
                String origin = name + ":" + n;
                try {
                    articles.addAll(fromRecord(JSON.readTree(line), origin, problems));
                } catch (JsonProcessingException e) {
                    problems.add(new Problem(origin, jsonError(e)));
                }
                if (articles.size() > maxArticles) throw new BadInput(name + ": too many articles in one file (limit " + maxArticles + ")");
            }
        } else {
            try {
                String s = decode(bytes, name);
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                text.parse(s, base, name, problems::add).ifPresent(articles::add);
            } catch (BadInput e) {
                problems.add(new Problem(name, e.getMessage()));
            }
        }
        return new Parsed(articles, problems);
    }

    /** "invalid JSON at line 1, column 12: Unexpected end-of-input" without the parser's internals. */
    static String jsonError(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "unparseable" : e.getOriginalMessage();
        int cut = m.indexOf(" (");
        if (cut > 0) m = m.substring(0, cut);
        cut = m.indexOf('\n');
        if (cut > 0) m = m.substring(0, cut);
        var loc = e.getLocation();
        return loc == null ? "invalid JSON: " + m : "invalid JSON at line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + m;
    }

    static String decode(byte[] bytes, String what) throws BadInput {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(what + " is not valid UTF-8");
        }
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(JsonNode o, String... fields) {
        for (String f : fields) {
            String v = text(o, f);
            if (v != null) return v;
        }
        return null;
    }

    private static String text(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? null : v.asText();
    }
}
