package dev.triangulate.cluster;

import dev.triangulate.model.Article;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online story clustering backed by an embedded Lucene index of story representations.
 *
 * <p>For each new article: (1) light features are derived from its text
 * ({@link TextFeatures}); (2) candidate stories are retrieved from the index with a query of the
 * article's highest tf-idf words and its name tokens, plus the few best-matching stories changed
 * since the last index refresh; (3) each candidate is scored by a tree model over text,
 * name, place, date and age similarity ({@link Decision}); (4) the article joins the most
 * probable story when its probability reaches the threshold, otherwise it starts a new story
 * with id {@code "story-" + articleId}. {@link #clusterBatch} adds a consolidation pass that merges
 * strongly similar stories ({@link StoryMerger}).
 *
 * <p>Determinism: given the same sequence of {@link #add} calls the result is the same: merges
 * run in the calling thread ({@link SerialMergeScheduler}), the index is refreshed after a fixed
 * number of changed stories, and ties are broken by story id. {@link #clusterBatch} makes a
 * batch independent of its arrival order by sorting it by (published, id) first.
 *
 * <p>Not thread-safe for concurrent writers beyond the method-level locking: calls are serialized.
 */
public final class StoryClusterer implements AutoCloseable {
    /** Stories fetched from the index per article. */
    static final int INDEX_CANDIDATES = 20;
    /** Best-matching stories among those changed since the last refresh. */
    static final int PENDING_CANDIDATES = 10;
    /** Changed stories buffered before they are written to the index and the reader is reopened. */
    static final int REFRESH_EVERY = 512;
    static final int QUERY_TERMS = 24;
    static final int QUERY_NAMES = 10;
    private static final int CACHE_SIZE = 16384;

    private static final FieldType TERMS_TYPE = new FieldType();

    static {
        TERMS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_TYPE.setTokenized(true);
        TERMS_TYPE.setStored(false);
        TERMS_TYPE.freeze();
    }

    /** Receives every scored candidate (tuning and diagnostics). */
    interface Listener {
        void scored(TextFeatures.Features article, StoryState story, double[] x, double p);
    }

    /** Overrides the decision (teacher forcing while tuning): returns a story id to join, or null for a new story. */
    interface Chooser {
        String choose(TextFeatures.Features article, List<StoryState> candidates, StoryState best, double bestP);
    }

    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private final Map<String, String> assignments = new LinkedHashMap<>();
    private final Map<String, StoryState> pending = new LinkedHashMap<>();
    private final Map<String, StoryState> cache = new LinkedHashMap<>(CACHE_SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final Map<String, Integer> termDf = new HashMap<>();
    private final Map<String, Integer> nameDf = new HashMap<>();
    private int stories;
    private final Decision.Stats stats = new Decision.Stats() {
        @Override
        public int dfTerm(String term) {
            return termDf.getOrDefault(term, 0);
        }

        @Override
        public int dfName(String name) {
            return nameDf.getOrDefault(name, 0);
        }

        @Override
        public int stories() {
            return stories;
        }
    };
    Listener listener;
    Chooser chooser;

    Decision.Stats stats() {
        return stats;
    }

    /** A clusterer over an in-memory index. */
    public StoryClusterer() {
        this(new ByteBuffersDirectory());
    }

    /** A clusterer over an index in {@code indexDir}; an existing index is reopened and extended. */
    public StoryClusterer(Path indexDir) {
        this(open(indexDir));
    }

    private static Directory open(Path dir) {
        try {
            return FSDirectory.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoryClusterer(Directory directory) {
        this.directory = directory;
        try {
            IndexWriterConfig cfg = new IndexWriterConfig();
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setMergeScheduler(new SerialMergeScheduler());
            cfg.setRAMBufferSizeMB(64);
            cfg.setCommitOnClose(true);
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setSegmentsPerTier(4); // fewer segments: each query looks terms up in every segment
            cfg.setMergePolicy(merges);
            writer = new IndexWriter(directory, cfg);
            reader = DirectoryReader.open(writer);
            searcher = newSearcher(reader);
            loadExisting();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexSearcher newSearcher(DirectoryReader r) {
        IndexSearcher s = new IndexSearcher(r);
        s.setQueryCache(null);
        return s;
    }

    private void loadExisting() throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                StoryState s = decode(docValue(leaf.reader(), d, "blob"));
                stories++;
                for (String a : s.articles) assignments.put(a, s.id);
                for (String t : s.terms.keySet()) termDf.merge(t, 1, Integer::sum);
                for (String n : s.names.keySet()) nameDf.merge(n, 1, Integer::sum);
            }
        }
    }

    /**
     * Assigns the article to a story (an existing one or a new one) and returns the story id.
     * Adding an article id that was already added returns its story unchanged.
     */
    public synchronized String add(Article a) {
        String known = assignments.get(a.id());
        if (known != null) return known;
        return assign(TextFeatures.of(a));
    }

    synchronized String assign(TextFeatures.Features f) {
        String known = assignments.get(f.id());
        if (known != null) return known;
        double[] vec = Decision.vector(f.terms(), stats);
        double norm = Decision.norm(vec);
        List<StoryState> candidates = candidates(f, vec);
        StoryState best = null;
        double bestZ = Double.NEGATIVE_INFINITY;
        for (StoryState s : candidates) {
            double[] x = Decision.features(f, vec, norm, s, stats);
            double z = Decision.score(x);
            if (listener != null) listener.scored(f, s, x, Decision.sigmoid(z));
            if (best == null || z > bestZ || (z == bestZ && s.id.compareTo(best.id) < 0)) {
                best = s;
                bestZ = z;
            }
        }
        double bestP = best == null ? -1 : Decision.sigmoid(bestZ);
        StoryState target;
        if (chooser != null) {
            String id = chooser.choose(f, candidates, best, bestP);
            target = id == null ? null : load(id);
        } else {
            target = best != null && bestP >= Decision.THRESHOLD ? best : null;
        }
        if (target == null) {
            target = new StoryState("story-" + f.id());
            stories++;
        } else {
            cache.remove(target.id);
        }
        List<String> newTerms = new ArrayList<>();
        List<String> newNames = new ArrayList<>();
        target.add(f, newTerms, newNames);
        for (String t : newTerms) termDf.merge(t, 1, Integer::sum);
        for (String n : newNames) nameDf.merge(n, 1, Integer::sum);
        pending.put(target.id, target);
        assignments.put(f.id(), target.id);
        if (pending.size() >= REFRESH_EVERY) refresh();
        return target.id;
    }

    /** Article id → story id, in the order the articles were added. */
    public synchronized Map<String, String> assignments() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }

    /** Number of stories. */
    public synchronized int storyCount() {
        return stories;
    }

    /**
     * Clusters a batch deterministically: the articles are sorted by (published time, id), with
     * unknown times last, and added in that order to a fresh in-memory clusterer; then strongly
     * similar stories are merged ({@link StoryMerger}, batch only). The result does not depend on
     * the order of {@code batch}; it is ordered by that sort.
     */
    public static Map<String, String> clusterBatch(List<Article> batch) {
        Online o = online(batch);
        return consolidate(o.assignments(), o.stories());
    }

    /** The result of the online pass of a batch: assignments in (published, id) order and the stories. */
    record Online(Map<String, String> assignments, List<StoryState> stories) {}

    /** The online pass of {@link #clusterBatch}, without consolidation. */
    static Online online(List<Article> batch) {
        List<Article> sorted = new ArrayList<>(batch);
        sorted.sort(ARRIVAL_ORDER);
        Set<String> furniture = Boilerplate.lines(sorted);
        List<TextFeatures.Features> features = sorted.parallelStream()
                .map(a -> TextFeatures.of(Boilerplate.without(a, furniture))).toList();
        try (StoryClusterer c = new StoryClusterer()) {
            for (TextFeatures.Features f : features) c.assign(f);
            return new Online(c.assignments(), c.allStories());
        }
    }

    /**
     * The batch consolidation pass ({@link StoryMerger}): merges strongly similar stories and
     * rewrites the assignments; a merged story keeps the id of the story whose first article
     * comes first in {@code assignments} order.
     */
    static Map<String, String> consolidate(Map<String, String> assignments, List<StoryState> all) {
        Map<String, Integer> position = new HashMap<>();
        int k = 0;
        for (String a : assignments.keySet()) position.put(a, k++);
        List<StoryState> stories = new ArrayList<>(all);
        stories.sort(Comparator.comparingInt(s -> position.get(s.articles.get(0))));
        int[] root = StoryMerger.merge(stories);
        Map<String, String> storyOf = new HashMap<>();
        for (int i = 0; i < root.length; i++) storyOf.put(stories.get(i).id, stories.get(root[i]).id);
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : assignments.entrySet()) out.put(e.getKey(), storyOf.get(e.getValue()));
        return out;
    }

    /** Every story, read back from the index after writing the pending ones (batch use). */
    synchronized List<StoryState> allStories() {
        refresh();
        List<StoryState> out = new ArrayList<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    out.add(decode(docValue(leaf.reader(), d, "blob")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** (published, id), unknown publication times last. */
    static final Comparator<Article> ARRIVAL_ORDER = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Article::id);

    // ------------------------------------------------------------------ retrieval

    private List<StoryState> candidates(TextFeatures.Features f, double[] vec) {
        List<StoryState> out = new ArrayList<>();
        // words in more than 5 % of the stories do little for ranking but have long postings
        double[] qw = vec.clone();
        int k = 0;
        int common = Math.max(50, stories / 20);
        for (String t : f.terms().keySet()) {
            if (termDf.getOrDefault(t, 0) > common) qw[k] = -1;
            k++;
        }
        List<String> qTerms = top(f.terms().keySet(), qw, QUERY_TERMS);
        qTerms.removeIf(t -> termDf.getOrDefault(t, 0) > common);
        List<String> names = new ArrayList<>(f.names().keySet());
        double[] nameW = new double[names.size()];
        for (int i = 0; i < nameW.length; i++) nameW[i] = stats.idfName(names.get(i));
        List<String> qNames = top(names, nameW, QUERY_NAMES);
        if (reader.numDocs() > 0 && (!qTerms.isEmpty() || !qNames.isEmpty())) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String t : qTerms) b.add(new TermQuery(new Term("t", t)), BooleanClause.Occur.SHOULD);
            for (String n : qNames) {
                b.add(new BoostQuery(new TermQuery(new Term("n", n)), 2f), BooleanClause.Occur.SHOULD);
            }
            try {
                TopDocs top = searcher.search(b.build(), INDEX_CANDIDATES);
                for (ScoreDoc sd : top.scoreDocs) {
                    String id = docValue(sd.doc, "sid").utf8ToString();
                    if (pending.containsKey(id)) continue;
                    StoryState s = cache.get(id);
                    if (s == null) {
                        s = decode(docValue(sd.doc, "blob"));
                        cache.put(id, s);
                    }
                    out.add(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!pending.isEmpty()) {
            // stories changed since the last refresh: cheap overlap score, keep the best few
            List<StoryState> ps = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (StoryState s : pending.values()) {
                double sc = 0;
                for (String t : qTerms) if (s.terms.containsKey(t)) sc += stats.idfTerm(t);
                for (String n : qNames) if (s.names.containsKey(n)) sc += 2 * stats.idfName(n);
                if (sc > 0) {
                    ps.add(s);
                    scores.add(sc);
                }
            }
            Integer[] order = new Integer[ps.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, (x, y) -> {
                int c = Double.compare(scores.get(y), scores.get(x));
                return c != 0 ? c : ps.get(x).id.compareTo(ps.get(y).id);
            });
            for (int i = 0; i < Math.min(PENDING_CANDIDATES, order.length); i++) out.add(ps.get(order[i]));
        }
        return out;
    }

    /** The k keys with the highest weights (ties by key). */
    private static List<String> top(java.util.Collection<String> keys, double[] w, int k) {
        List<String> ks = new ArrayList<>(keys);
        Integer[] order = new Integer[ks.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(w[y], w[x]);
            return c != 0 ? c : ks.get(x).compareTo(ks.get(y));
        });
        List<String> out = new ArrayList<>(Math.min(k, order.length));
        for (int i = 0; i < Math.min(k, order.length); i++) out.add(ks.get(order[i]));
        return out;
    }

    /** A story by id: pending, cached, or read from the index. */
    private StoryState load(String id) {
        StoryState s = pending.get(id);
        if (s == null) s = cache.get(id);
        if (s != null) return s;
        try {
            TopDocs top = searcher.search(new TermQuery(new Term("id", id)), 1);
            if (top.scoreDocs.length == 0) throw new IllegalArgumentException("no story " + id);
            return decode(docValue(top.scoreDocs[0].doc, "blob"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binary doc value of a top-level doc id (random access, no stored-field decompression). */
    private BytesRef docValue(int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return docValue(leaf.reader(), doc - leaf.docBase, field);
    }

    private static BytesRef docValue(LeafReader leaf, int doc, String field) throws IOException {
        BinaryDocValues dv = leaf.getBinaryDocValues(field);
        if (dv == null || !dv.advanceExact(doc)) throw new IllegalStateException("story without " + field);
        return dv.binaryValue();
    }

    private static StoryState decode(BytesRef b) {
        return StoryState.fromBytes(b.bytes, b.offset, b.length);
    }

    private static Document encode(StoryState s) {
        Document doc = new Document();
        doc.add(new StringField("id", s.id, Field.Store.NO));
        doc.add(new BinaryDocValuesField("sid", new BytesRef(s.id)));
        doc.add(new Field("t", new TermsTokenStream(s.terms), TERMS_TYPE));
        doc.add(new Field("n", new TermsTokenStream(s.names), TERMS_TYPE));
        doc.add(new BinaryDocValuesField("blob", new BytesRef(s.toBytes())));
        return doc;
    }

    private void refresh() {
        try {
            for (StoryState s : pending.values()) writer.updateDocument(new Term("id", s.id), encode(s));
            DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
            if (fresh != null) {
                reader.close();
                reader = fresh;
                searcher = newSearcher(reader);
            }
            cache.putAll(pending);
            pending.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes pending stories and commits the index. */
    public synchronized void commit() {
        refresh();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (writer.isOpen()) {
                commit();
                reader.close();
                writer.close();
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "StoryClusterer[" + stories + " stories, " + assignments.size() + " articles]";
    }
}
