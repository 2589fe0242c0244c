package dev.triangulate.ingest;

import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import dev.triangulate.model.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads articles from files and directories: picks a reader per file, collects problems
 * instead of stopping at the first broken record, resolves clashing ids, and removes exact
 * duplicates.
 *
 * <p>Directories are walked recursively in sorted path order, so the same input always gives
 * the same output. Hidden files and directories and files named README* or EXPECTED* are
 * skipped (they document a directory of articles, they are not articles). A file named
 * explicitly is always read.
 */
public final class Ingestor {
    private final TextArticleReader text;
    private final JsonlArticleReader jsonl;
    private final DuplicateDetector duplicates;

    /** An ingestor with the standard noise filters and duplicate threshold. */
    public Ingestor() {
        NoiseCleaner cleaner = new NoiseCleaner();
        this.text = new TextArticleReader(cleaner);
        this.jsonl = new JsonlArticleReader(cleaner);
        this.duplicates = new DuplicateDetector();
    }

    /**
     * Reads all articles under {@code paths}.
     *
     * @param format how to read files; {@link InputFormat#AUTO} decides by extension, skipping
     *               (with a problem) files of unknown type inside directories and reading an
     *               explicitly named file of unknown type as text
     * @throws IngestException when a path does not exist or no article at all could be read
     */
    public IngestResult read(List<Path> paths, InputFormat format) throws IngestException {
        if (paths == null || paths.isEmpty()) throw new IngestException("no input paths given");
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IngestException("path does not exist: " + p);
        }
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Input input : inputs(paths, format, problems)) {
            readFile(input, articles::add, problems);
        }
        articles = resolveIds(articles, problems);
        DuplicateDetector.Result dedup = duplicates.detect(articles);
        if (dedup.kept().isEmpty()) throw new IngestException(noArticlesMessage(paths, problems));
        problems.addAll(dedup.problems());
        return new IngestResult(dedup.kept(), problems, dedup.duplicates());
    }

    private record Input(Path file, InputFormat format) {}

    // The files to read, in order, each once, with the format to read it in.
    private static List<Input> inputs(List<Path> paths, InputFormat format, List<Problem> problems) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : walk(p, problems)) {
                    Optional<InputFormat> fmt = format == InputFormat.AUTO ? InputFormat.byExtension(f) : Optional.of(format);
                    if (fmt.isEmpty()) {
                        problems.add(new Problem(f.toString(), "skipped: unknown file type (expected .txt, .text, .md, "
                                + ".jsonl, .jsonl.gz or .ndjson)"));
                    } else if (seen.add(f.toAbsolutePath().normalize())) {
                        out.add(new Input(f, fmt.get()));
                    }
                }
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                out.add(new Input(p, format == InputFormat.AUTO
                        ? InputFormat.byExtension(p).orElse(InputFormat.TEXT) : format));
            }
        }
        return out;
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
        ArticleReader reader = input.format() == InputFormat.JSONL ? jsonl : text;
        try {
            reader.read(input.file(), articles, problems::add);
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.add(new Problem(input.file().toString(), describe(io)));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof NoSuchFileException) return "cannot read: file disappeared";
        if (e instanceof MalformedUtf8Exception) return e.getMessage();
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
