package dev.triangulate.ingest;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: optional front matter, then the headline (the first line that
 * survives noise removal), then the body.
 *
 * <p>Front matter is a block of {@code key: value} lines at the very top for the keys
 * outlet, url, date (or published), author, title, language and id, in any case, ended by a
 * line {@code ---}, a blank line or simply the first other line. A block fenced by {@code ---}
 * lines (YAML style) is accepted too. Only known keys count, so an opening line such as
 * "Warning: The photos are very graphic." is text, not metadata.
 */
public final class TextArticleReader implements ArticleReader {
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "(?i)^\\s*(outlet|url|date|published|author|title|language|id)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*---\\s*$");
    private static final Pattern YAML_LINE = Pattern.compile("^\\s*([A-Za-z_][\\w-]*)\\s*:\\s*(.*?)\\s*$");

    private final NoiseCleaner cleaner;

    /** A reader with the standard noise filters. */
    public TextArticleReader() {
        this(new NoiseCleaner());
    }

    /** A reader using {@code cleaner} on the text. */
    public TextArticleReader(NoiseCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * Reads one file as one article whose id defaults to the file name without extension and
     * whose origin is the file path. An empty file, a file that is not valid UTF-8, or one with
     * no text left after noise removal is a problem, not an article.
     */
    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        String origin = file.toString();
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            problems.accept(new Problem(origin, "empty file"));
            return;
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (MalformedUtf8Exception e) {
            problems.accept(new Problem(origin, e.getMessage()));
            return;
        }
        parse(text, baseName(file), origin, problems).ifPresent(articles);
    }

    /**
     * Parses article text that came from anywhere (a file, an upload).
     *
     * @param defaultId the id when the front matter has none
     * @param origin    where the text came from, for problems and {@link Article#origin()}
     * @return the article, or empty (with a problem reported) when there is no text
     */
    public Optional<Article> parse(String text, String defaultId, String origin, Consumer<Problem> problems) {
        List<String> lines = List.of(text.split("\\R", -1));
        Map<String, String> meta = new HashMap<>();
        int start = readFrontMatter(lines, meta);
        List<String> paragraphs = new ArrayList<>(cleaner.paragraphs(String.join("\n", lines.subList(start, lines.size()))));

        String title = NoiseCleaner.cleanTitle(meta.get("title"));
        if (title.isEmpty()) {
            if (!paragraphs.isEmpty()) title = paragraphs.remove(0);
        } else if (!paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title)) {
            paragraphs.remove(0); // the headline repeated as the first line
        }
        if (title.isEmpty() && paragraphs.isEmpty()) {
            problems.accept(new Problem(origin, "no article text (after removing page noise)"));
            return Optional.empty();
        }
        String id = blankToNull(meta.get("id"));
        String url = blankToNull(meta.get("url"));
        String outlet = blankToNull(meta.get("outlet"));
        if (outlet == null) outlet = Outlets.fromUrl(url).orElse(null);
        String language = blankToNull(meta.get("language"));
        return Optional.of(new Article(id == null ? defaultId : id, title, String.join("\n\n", paragraphs),
                outlet, url, published(meta, origin, problems), blankToNull(meta.get("author")),
                language == null ? null : language.toLowerCase(Locale.ROOT), origin));
    }

    // Returns the index of the first line after the front matter, filling meta.
    private static int readFrontMatter(List<String> lines, Map<String, String> meta) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i < lines.size() && FENCE.matcher(lines.get(i)).matches()) {
            int end = i + 1;
            Map<String, String> fenced = new HashMap<>();
            while (end < lines.size() && !FENCE.matcher(lines.get(end)).matches()) {
                Matcher m = YAML_LINE.matcher(lines.get(end));
                if (m.matches()) fenced.putIfAbsent(key(m.group(1)), unquote(m.group(2)));
                else if (!lines.get(end).isBlank()) return 0; // not a metadata block after all
                end++;
            }
            if (end < lines.size()) {
                meta.putAll(fenced);
                return end + 1;
            }
            return 0;
        }
        int first = i;
        while (i < lines.size()) {
            Matcher m = FRONT_MATTER.matcher(lines.get(i));
            if (!m.matches()) break;
            meta.putIfAbsent(key(m.group(1)), unquote(m.group(2)));
            i++;
        }
        if (i > first && i < lines.size()
                && (lines.get(i).isBlank() || FENCE.matcher(lines.get(i)).matches())) {
            i++;
        }
        return i == first ? 0 : i;
    }

    private static String key(String k) {
        String lower = k.toLowerCase(Locale.ROOT);
        return lower.equals("published") ? "date" : lower;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static Instant published(Map<String, String> meta, String origin, Consumer<Problem> problems) {
        String date = blankToNull(meta.get("date"));
        if (date == null) return null;
        Optional<Instant> parsed = PublishedDates.parse(date);
        if (parsed.isEmpty()) problems.accept(new Problem(origin, "unrecognized date '" + date + "', ignored"));
        return parsed.orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The file name without its extension ("000_a03c.txt" → "000_a03c"). */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
