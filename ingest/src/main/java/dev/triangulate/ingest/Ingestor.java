package dev.triangulate.ingest;

import dev.triangulate.ingest.internal.Bytes;
import dev.triangulate.ingest.internal.FeedArticleReader;
import dev.triangulate.ingest.internal.HtmlArticleReader;
import dev.triangulate.ingest.internal.HtmlArticles;
import dev.triangulate.ingest.internal.Sniffer;
import dev.triangulate.ingest.internal.UrlFetcher;
import dev.triangulate.ingest.internal.WarcArticleReader;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import dev.triangulate.model.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads articles from files, directories and URLs: picks a reader per input (plain text,
 * JSONL, HTML, RSS/Atom, WARC/ARC; by content with {@link InputFormat#AUTO}), collects
 * problems instead of stopping at the first broken record or file, resolves clashing ids, and
 * removes exact duplicates. Inputs are read in parallel; the result is merged in input order.
 *
 * <p>Directories are walked recursively in sorted path order, so the same input always gives
 * the same output. Hidden files and directories and files named README* or EXPECTED* are
 * skipped (they document a directory of articles, they are not articles). A file named
 * explicitly is always read.
 */
public final class Ingestor {
    private final TextArticleReader text;
    private final JsonlArticleReader jsonl;
    private final HtmlArticles pages;
    private final HtmlArticleReader html;
    private final FeedArticleReader feed;
    private final WarcArticleReader warc;
    private final DuplicateDetector duplicates;
    private final IngestOptions options;
    private UrlFetcher fetcher;

    /** An ingestor with the standard noise filters, duplicate threshold and {@link IngestOptions#defaults()}. */
    public Ingestor() {
        this(IngestOptions.defaults());
    }

    /** An ingestor with the standard noise filters and duplicate threshold and the given limits. */
    public Ingestor(IngestOptions options) {
        NoiseCleaner cleaner = new NoiseCleaner();
        this.options = options;
        this.text = new TextArticleReader(cleaner);
        this.jsonl = new JsonlArticleReader(cleaner);
        this.pages = new HtmlArticles(cleaner);
        this.html = new HtmlArticleReader(pages, options.maxBytes());
        this.feed = new FeedArticleReader(cleaner, options.maxBytes());
        this.warc = new WarcArticleReader(pages, options.maxBytes());
        this.duplicates = new DuplicateDetector();
    }

    /**
     * Reads all articles under {@code paths}. A path spelled as an http(s) URL that does not
     * exist as a file is fetched (see {@link IngestOptions}); picocli and {@link Path#of} turn
     * "https://host/x" into "https:/host/x", which is understood too.
     *
     * @param format how to read files; {@link InputFormat#AUTO} decides by content (see
     *               {@link InputFormat#detect(Path)}), reading a file inside a directory only when
     *               its extension is known or its content is recognizably HTML, a feed, WARC or
     *               JSONL, and an explicitly named file of unrecognized content as text
     * @throws IngestException when a path does not exist or no article at all could be read
     */
    public IngestResult read(List<Path> paths, InputFormat format) throws IngestException {
        if (paths == null || paths.isEmpty()) throw new IngestException("no input paths given");
        for (Path p : paths) {
            if (!Files.exists(p) && url(p).isEmpty()) throw new IngestException("path does not exist: " + p);
        }
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<Input> inputs = inputs(paths, format, problems);
        // Inputs are independent: read them on all cores, then merge in input order so the
        // result does not depend on scheduling.
        AtomicInteger done = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        List<Outcome> outcomes = IntStream.range(0, inputs.size()).parallel()
                .mapToObj(i -> {
                    Outcome o = readOne(inputs.get(i));
                    read.addAndGet(o.articles().size());
                    int d = done.incrementAndGet(); // after this, read counts every input up to d
                    options.progress().update(d, inputs.size(), read.get());
                    return o;
                })
                .toList();
        for (Outcome o : outcomes) {
            articles.addAll(o.articles());
            problems.addAll(o.problems());
        }
        articles = resolveIds(articles, problems);
        DuplicateDetector.Result dedup = duplicates.detect(articles);
        if (dedup.kept().isEmpty()) throw new IngestException(noArticlesMessage(paths, problems));
        problems.addAll(dedup.problems());
        return new IngestResult(dedup.kept(), problems, dedup.duplicates());
    }

    /**
     * Reads an RSS or Atom feed already fetched (the server's feed poller): one article per entry,
     * with ids derived from the feed's host and each entry's link, so that an entry seen again on
     * the next poll has the same id. Never throws: an unreadable feed is a problem in the result.
     */
    public IngestResult readFeed(byte[] xml, URI feedUrl) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String prefix = feedUrl.getHost() == null ? "feed" : feedUrl.getHost();
        try {
            feed.read(xml, prefix, feedUrl.toString(), articles::add, problems::add);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new Problem(feedUrl.toString(), "cannot read: " + e.getClass().getSimpleName()));
        }
        DuplicateDetector.Result dedup = duplicates.detect(resolveIds(articles, problems));
        problems.addAll(dedup.problems());
        return new IngestResult(dedup.kept(), problems, dedup.duplicates());
    }

    private record Outcome(List<Article> articles, List<Problem> problems) {}

    private Outcome readOne(Input input) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            if (input.url() != null) readUrl(input, articles::add, problems);
            else readFile(input, articles::add, problems);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug or a pathological input must not stop the batch
            problems.add(new Problem(input.origin(), "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))));
        }
        return new Outcome(articles, problems);
    }

    private record Input(Path file, URI url, InputFormat format) {
        String origin() {
            return url != null ? url.toString() : file.toString();
        }
    }

    private static final Pattern URL_PATH = Pattern.compile("^(?i)(https?):/+(.+)$");

    /** The URL {@code p} spells, when it is not an existing file. */
    static Optional<URI> url(Path p) {
        if (Files.exists(p)) return Optional.empty();
        Matcher m = URL_PATH.matcher(p.toString());
        if (!m.matches()) return Optional.empty();
        try {
            URI u = new URI(m.group(1).toLowerCase(Locale.ROOT) + "://" + m.group(2));
            return u.getHost() == null ? Optional.empty() : Optional.of(u);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    // The files and URLs to read, in order, each once, with the format to read them in (null: decide later).
    private static List<Input> inputs(List<Path> paths, InputFormat format, List<Problem> problems) {
        Set<Object> seen = new LinkedHashSet<>();
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            Optional<URI> u = url(p);
            if (u.isPresent()) {
                if (seen.add(u.get())) out.add(new Input(null, u.get(), format));
            } else if (Files.isDirectory(p)) {
                for (Path f : walk(p, problems)) {
                    if (!seen.add(f.toAbsolutePath().normalize())) continue;
                    if (format != InputFormat.AUTO) {
                        out.add(new Input(f, null, format));
                        continue;
                    }
                    Optional<InputFormat> fmt = detectInDirectory(f, problems);
                    fmt.ifPresent(x -> out.add(new Input(f, null, x)));
                }
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                out.add(new Input(p, null, format));
            }
        }
        return out;
    }

    // Inside a directory: content decides; an unknown extension is read only when the content is markup, WARC or JSON.
    private static Optional<InputFormat> detectInDirectory(Path f, List<Problem> problems) {
        Optional<InputFormat> byName = InputFormat.byExtension(f);
        byte[] head;
        try {
            head = Sniffer.head(f);
        } catch (IOException e) {
            problems.add(new Problem(f.toString(), describe(e)));
            return Optional.empty();
        }
        Optional<InputFormat> byContent = InputFormat.detect(head);
        if (byContent.isEmpty()) {
            problems.add(new Problem(f.toString(), "skipped: binary file (not text, HTML, a feed, WARC or JSONL)"));
            return Optional.empty();
        }
        if (byName.isEmpty() && byContent.get() == InputFormat.TEXT) {
            problems.add(new Problem(f.toString(), "skipped: unknown file type (expected .txt, .text, .md, .jsonl, .ndjson, "
                    + ".html, .htm, .rss, .atom, .xml, .warc or .arc, optionally .gz)"));
            return Optional.empty();
        }
        return Optional.of(decide(byContent.get(), byName));
    }

    /**
     * Content wins when it identifies a format; when it only looks like text, a JSONL, feed or
     * WARC extension wins, so that a broken JSONL or feed is reported as such (line by line)
     * rather than read as one article of text.
     */
    private static InputFormat decide(InputFormat byContent, Optional<InputFormat> byName) {
        if (byContent == InputFormat.TEXT && byName.isPresent()
                && (byName.get() == InputFormat.JSONL || byName.get() == InputFormat.FEED || byName.get() == InputFormat.WARC)) {
            return byName.get();
        }
        return byContent;
    }

    private static List<Path> walk(Path dir, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isSkipped(f)) files.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(new Problem(f.toString(), describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), describe(e)));
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isSkipped(Path f) {
        String name = f.getFileName().toString().toUpperCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("README") || name.startsWith("EXPECTED");
    }

    private void readFile(Input input, Consumer<Article> articles, List<Problem> problems) {
        InputFormat format = input.format();
        try {
            if (format == InputFormat.AUTO) {
                byte[] head = Sniffer.head(input.file());
                Optional<InputFormat> detected = InputFormat.detect(head);
                if (detected.isEmpty()) {
                    problems.add(new Problem(input.origin(), "skipped: binary file (not text, HTML, a feed, WARC or JSONL)"));
                    return;
                }
                format = decide(detected.get(), InputFormat.byExtension(input.file()));
            }
            reader(format).read(input.file(), articles, problems::add);
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.add(new Problem(input.origin(), describe(io)));
        }
    }

    private ArticleReader reader(InputFormat format) {
        return switch (format) {
            case JSONL -> jsonl;
            case HTML -> html;
            case FEED -> feed;
            case WARC -> warc;
            case TEXT, AUTO -> text;
        };
    }

    private synchronized UrlFetcher fetcher() {
        if (fetcher == null) {
            fetcher = new UrlFetcher(options.timeout(), options.maxBytes(), options.maxRedirects(),
                    options.allowPrivateAddresses(), options.obeyRobotsTxt(), options.userAgent());
        }
        return fetcher;
    }

    private void readUrl(Input input, Consumer<Article> articles, List<Problem> problems) {
        String origin = input.origin();
        UrlFetcher.Fetched got;
        try {
            got = fetcher().fetch(input.url());
        } catch (IOException e) {
            problems.add(new Problem(origin, "cannot fetch: " + e.getMessage()));
            return;
        }
        byte[] body = got.body();
        InputFormat format = input.format();
        if (format == InputFormat.AUTO) {
            Optional<InputFormat> detected = InputFormat.detect(Arrays.copyOf(body, Math.min(body.length, Sniffer.HEAD)));
            if (detected.isEmpty()) {
                problems.add(new Problem(origin, "skipped: binary content (" + (got.contentType() == null ? "no type"
                        : got.contentType()) + "), not a page or feed"));
                return;
            }
            format = detected.get();
        }
        String finalUrl = got.finalUrl().toString();
        String host = Outlets.fromUrl(finalUrl).orElse("url");
        switch (format) {
            case HTML -> pages.article(body, got.charset(), finalUrl, HtmlArticles.idFor(host, finalUrl), origin, problems::add)
                    .ifPresent(articles);
            case FEED -> feed.read(body, host, origin, articles, problems::add);
            case TEXT, AUTO -> {
                try {
                    text.parse(Utf8.decode(body), HtmlArticles.idFor(host, finalUrl), origin, problems::add).ifPresent(articles);
                } catch (MalformedUtf8Exception e) {
                    problems.add(new Problem(origin, e.getMessage()));
                }
            }
            case JSONL, WARC -> {
                // these readers stream from files
                Path tmp = null;
                try {
                    tmp = Files.createTempFile("triangulate-", format == InputFormat.WARC ? ".warc" : ".jsonl");
                    Files.write(tmp, body);
                    List<Problem> local = new ArrayList<>();
                    reader(format).read(tmp, articles, local::add);
                    for (Problem p : local) problems.add(new Problem(p.origin().replace(tmp.toString(), origin), p.message()));
                } catch (IOException e) {
                    problems.add(new Problem(origin, describe(e)));
                } finally {
                    if (tmp != null) {
                        try {
                            Files.deleteIfExists(tmp);
                        } catch (IOException ignored) {
                            // a temp file left behind is harmless
                        }
                    }
                }
            }
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof NoSuchFileException) return "cannot read: file disappeared";
        if (e instanceof MalformedUtf8Exception) return e.getMessage();
        if (e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException) {
            return "cannot read: truncated or corrupt gzip data";
        }
        if (e instanceof Bytes.TooLargeException) return e.getMessage();
        String msg = e.getMessage();
        return "cannot read: " + (msg == null ? e.getClass().getSimpleName() : msg);
    }

    /**
     * Gives every article a distinct id, first come first served in reading order. A record
     * repeating an earlier id with the same text is dropped (GVA lists some articles once per
     * incident); one with different text is kept under "id~2", "id~3", ... so no article is lost.
     */
    private static List<Article> resolveIds(List<Article> articles, List<Problem> problems) {
        Map<String, Article> byId = new HashMap<>();
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Article earlier = byId.putIfAbsent(a.id(), a);
            if (earlier == null) {
                out.add(a);
            } else if (Words.of(earlier.text()).equals(Words.of(a.text()))) {
                problems.add(new Problem(a.origin(), "duplicate of " + a.id() + " (" + earlier.origin() + "): same id and text"));
            } else {
                String id = a.id();
                for (int k = 2; byId.containsKey(id); k++) id = a.id() + "~" + k;
                Article renamed = new Article(id, a.title(), a.body(), a.outlet(), a.url(), a.published(),
                        a.author(), a.language(), a.origin());
                byId.put(id, renamed);
                out.add(renamed);
                problems.add(new Problem(a.origin(), "id " + a.id() + " already used by " + earlier.origin()
                        + "; renamed to " + id));
            }
        }
        return out;
    }

    private static String noArticlesMessage(List<Path> paths, List<Problem> problems) {
        String where = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        if (problems.isEmpty()) return "no articles found in " + where;
        Problem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
        return "no articles read from " + where + ": " + first.origin() + ": " + first.message() + more;
    }
}
