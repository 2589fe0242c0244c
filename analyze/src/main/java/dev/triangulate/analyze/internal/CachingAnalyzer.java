package dev.triangulate.analyze.internal;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.NumberMention;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.QuoteSpan;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.TimeMention;
import dev.triangulate.model.Token;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps analyses on disk by content: the key is a hash of the analysis code, the article text
 * and its publication day (all the analysis depends on), so re-running over unchanged articles
 * skips the NLP entirely and a rebuilt analyzer never reads an older analysis. Entries are
 * written to a temporary file and moved into place, so a crash leaves no half-written entry;
 * an unreadable entry is analyzed again and overwritten.
 */
public final class CachingAnalyzer implements Analyzer {
    private static final int FORMAT = 1;
    private final Analyzer delegate;
    private final Path dir;
    private final String build;
    private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong();

    public CachingAnalyzer(Analyzer delegate, Path dir) {
        this.delegate = delegate;
        this.dir = dir;
        this.build = buildId();
    }

    @Override
    public long cacheHits() { return hits.get(); }

    /** Analyses computed (and stored) so far. */
    public long misses() { return misses.get(); }

    @Override
    public AnnotatedArticle analyze(Article article) {
        String key = key(article);
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".bin.gz");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
                AnnotatedArticle a = read(in, article);
                hits.incrementAndGet();
                return a;
            } catch (IOException | RuntimeException e) {
                // unreadable (truncated, older format): analyze again and overwrite
            }
        }
        AnnotatedArticle a = delegate.analyze(article);
        misses.incrementAndGet();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp))))) {
                write(out, a);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written only costs speed
        }
        return a;
    }

    @Override
    public void close() {
        delegate.close();
    }

    String key(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((build + "\n" + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
            md.update((a.published() == null ? "-" : a.published().atOffset(ZoneOffset.UTC).toLocalDate().toString())
                    .getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(a.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A hash of the analysis code (every class file of this module and the CoreNLP version): a
     * changed analyzer gets new keys, a rebuild of unchanged code keeps the cache.
     */
    private static String buildId() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getName().getBytes(StandardCharsets.UTF_8));
            var source = CachingAnalyzer.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            var nlp = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getProtectionDomain().getCodeSource();
            if (nlp != null) md.update(nlp.getLocation().toString().replaceAll(".*/", "").getBytes(StandardCharsets.UTF_8));
            if (location == null) return "unknown";
            if (Files.isDirectory(location)) {
                try (var files = Files.walk(location)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        md.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (var jar = new java.util.jar.JarFile(location.toFile())) {
                    for (var e : jar.stream().filter(e -> e.getName().endsWith(".class"))
                            .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName)).toList()) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never reuse analyses of code we cannot identify
        }
    }

    static void write(DataOutputStream out, AnnotatedArticle a) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(a.sentences().size());
        for (Sentence s : a.sentences()) {
            out.writeInt(s.index()); out.writeInt(s.begin()); out.writeInt(s.end()); out.writeUTF(s.text());
        }
        out.writeInt(a.tokens().size());
        for (Token t : a.tokens()) {
            out.writeInt(t.sentence()); out.writeUTF(t.text()); out.writeUTF(t.lemma() == null ? "" : t.lemma());
            out.writeUTF(t.pos()); out.writeUTF(t.ner()); nullable(out, t.normalized()); out.writeInt(t.begin()); out.writeInt(t.end());
        }
        out.writeInt(a.entities().size());
        for (EntityMention e : a.entities()) {
            out.writeUTF(e.text()); out.writeUTF(e.type().name()); out.writeInt(e.sentence()); out.writeInt(e.firstToken());
            out.writeInt(e.lastToken()); out.writeInt(e.begin()); out.writeInt(e.end());
        }
        out.writeInt(a.times().size());
        for (TimeMention t : a.times()) {
            out.writeUTF(t.text()); nullable(out, t.value()); out.writeUTF(t.type()); out.writeInt(t.sentence());
            out.writeInt(t.firstToken()); out.writeInt(t.lastToken()); out.writeInt(t.begin()); out.writeInt(t.end());
        }
        out.writeInt(a.numbers().size());
        for (NumberMention n : a.numbers()) {
            out.writeUTF(n.text()); out.writeDouble(n.value()); out.writeUTF(n.qualifier().name()); out.writeInt(n.sentence());
            out.writeInt(n.firstToken()); out.writeInt(n.lastToken()); out.writeInt(n.begin()); out.writeInt(n.end());
        }
        out.writeInt(a.quotes().size());
        for (QuoteSpan q : a.quotes()) {
            out.writeUTF(q.text()); out.writeInt(q.sentence()); out.writeInt(q.begin()); out.writeInt(q.end());
        }
    }

    static AnnotatedArticle read(DataInputStream in, Article article) throws IOException {
        if (in.readInt() != FORMAT) throw new IOException("cache entry of another format");
        List<Sentence> sentences = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) sentences.add(new Sentence(in.readInt(), in.readInt(), in.readInt(), in.readUTF()));
        List<Token> tokens = new ArrayList<>();
        for (int i = in.readInt(), k = 0; k < i; k++) {
            int s = in.readInt();
            String text = in.readUTF(), lemma = in.readUTF(), pos = in.readUTF(), ner = in.readUTF(), norm = nullable(in);
            tokens.add(new Token(k, s, text, lemma, pos, ner, norm, in.readInt(), in.readInt()));
        }
        List<EntityMention> entities = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            entities.add(new EntityMention(in.readUTF(), EntityType.valueOf(in.readUTF()), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt()));
        }
        List<TimeMention> times = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            times.add(new TimeMention(in.readUTF(), nullable(in), in.readUTF(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt()));
        }
        List<NumberMention> numbers = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            numbers.add(new NumberMention(in.readUTF(), in.readDouble(), Qualifier.valueOf(in.readUTF()), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt(), in.readInt()));
        }
        List<QuoteSpan> quotes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) quotes.add(new QuoteSpan(in.readUTF(), in.readInt(), in.readInt(), in.readInt()));
        return new AnnotatedArticle(article, sentences, tokens, entities, times, numbers, quotes);
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
