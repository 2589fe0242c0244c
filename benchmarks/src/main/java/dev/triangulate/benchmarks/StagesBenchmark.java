package dev.triangulate.benchmarks;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.cluster.StoryClusterer;
import dev.triangulate.extract.ClaimExtractor;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Story;
import dev.triangulate.model.StoryReport;
import dev.triangulate.reconcile.StoryReconciler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-article stages one at a time, on the bundled example corpus (system property
 * {@code triangulate.corpus}, default {@code examples/corpus}): analysis (CoreNLP plus the
 * project's time and number normalizers), claim extraction, reconciliation of the largest
 * story, and batch clustering. Each invocation processes the whole corpus once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StagesBenchmark {
    private Analyzer analyzer;
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final StoryReconciler reconciler = new StoryReconciler();
    private List<Article> articles;
    private List<AnnotatedArticle> annotated;
    private Story largest;

    @Setup(Level.Trial)
    public void load() throws Exception {
        articles = new Ingestor().read(List.of(Path.of(System.getProperty("triangulate.corpus", "examples/corpus"))),
                InputFormat.AUTO).articles();
        analyzer = Analyzer.standard();
        annotated = new ArrayList<>();
        for (Article a : articles) annotated.add(analyzer.analyze(a));
        List<ExtractedArticle> extracted = annotated.stream().map(extractor::extract).toList();
        Map<String, String> stories = StoryClusterer.clusterBatch(articles);
        Map<String, Long> sizes = new java.util.TreeMap<>();
        stories.values().forEach(s -> sizes.merge(s, 1L, Long::sum));
        String biggest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        largest = new Story(biggest, extracted.stream().filter(e -> stories.get(e.article().id()).equals(biggest)).toList());
    }

    @TearDown(Level.Trial)
    public void close() {
        analyzer.close();
    }

    /** CoreNLP (tokenize, ssplit, pos, lemma, 4-class NER) plus time, number and quote finding, every article. */
    @Benchmark
    public int analyze() {
        int tokens = 0;
        for (Article a : articles) tokens += analyzer.analyze(a).tokens().size();
        return tokens;
    }

    /** Claim and quote extraction from already analyzed articles. */
    @Benchmark
    public int extract() {
        int claims = 0;
        for (AnnotatedArticle a : annotated) claims += extractor.extract(a).claims().size();
        return claims;
    }

    /** Reconciliation of the corpus's largest story. */
    @Benchmark
    public StoryReport reconcile() {
        return reconciler.reconcile(largest);
    }

    /** Batch story clustering of the corpus. */
    @Benchmark
    public Map<String, String> cluster() {
        return StoryClusterer.clusterBatch(articles);
    }
}
