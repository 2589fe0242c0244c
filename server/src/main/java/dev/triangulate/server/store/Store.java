package dev.triangulate.server.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.cluster.StoryClusterer;
import dev.triangulate.model.Article;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.StoryReport;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The server's persistent store in one directory:
 *
 * <ul>
 *   <li>{@code store.log} — the source of truth: an fsync'd, checksummed append-only log
 *       ({@link RecordLog}) of every accepted article and of the result of its analysis
 *       (sentences, claims, quotes), so a restart never runs the NLP again for an analyzed article;</li>
 *   <li>{@code clusters/} — the {@link StoryClusterer}'s Lucene index of story representations,
 *       committed every few seconds; on start it is reloaded and the log records after its last
 *       commit are clustered again, in log order;</li>
 *   <li>{@code search/} — the full-text {@link SearchIndex}, committed with the log sequence
 *       number it covers and completed the same way.</li>
 * </ul>
 *
 * An article is acknowledged ({@link #add} returns) only after its record is on disk and it is
 * indexed for search. Once its analysis is stored it is clustered into its story (or, for a
 * roundup of several incidents, stories), in log order, as the batch run clusters after
 * extraction. Story reports are derived state: computed by reconciling a story when its
 * articles change and kept in memory.
 */
public final class Store implements AutoCloseable {
    /** What became of one submitted article. */
    public enum AddStatus {
        /** newly stored */
        STORED,
        /** the same article (same id and text) was already stored: nothing changed */
        EXISTS,
        /** another article with exactly the same title and text is stored: not stored again */
        DUPLICATE,
        /** an article with this id but different text is stored: rejected */
        CONFLICT
    }

    public record AddResult(String id, AddStatus status, String story, String duplicateOf) {}

    /** An accepted article with its log sequence number and when the server received it. */
    public record StoredArticle(long seq, Article article, Instant added, String hash) {}

    /** Told about changes; called on the log writer thread, so it must only hand work on. */
    public interface Listener {
        /** A new article was stored and needs analysis. */
        default void stored(StoredArticle article) {}

        /** The analysis of an article of this story was stored (or failed): its report is stale. */
        default void storyChanged(String storyId) {}
    }

    /**
     * Indexed state of one story: its member articles, each with the event segments of the
     * article that belong to the story (one segment, the whole text, for an ordinary report;
     * a roundup of several incidents has its segments in several stories).
     */
    public static final class StoryEntry {
        private final String id;
        private final Map<String, java.util.TreeSet<Integer>> members = new LinkedHashMap<>();
        private final Map<String, Instant> times = new HashMap<>();
        private final Map<String, Instant> addedAt = new HashMap<>();
        private StoryReport report;
        private boolean stale = true;
        private long version;

        StoryEntry(String id) { this.id = id; }

        public String id() { return id; }

        public synchronized List<String> articleIds() { return List.copyOf(members.keySet()); }

        public synchronized int size() { return members.size(); }

        /** Latest publication time of its articles (else the time the latest one was added). */
        public synchronized Instant latest() { return times.values().stream().max(Comparator.naturalOrder()).orElse(null); }

        public synchronized Instant lastAdded() { return addedAt.values().stream().max(Comparator.naturalOrder()).orElse(null); }

        public synchronized Instant firstAdded() { return addedAt.values().stream().min(Comparator.naturalOrder()).orElse(null); }

        synchronized Map<String, Set<Integer>> members() {
            Map<String, Set<Integer>> out = new LinkedHashMap<>();
            members.forEach((k, v) -> out.put(k, Set.copyOf(v)));
            return out;
        }

        synchronized void add(StoredArticle a, int event) {
            String aid = a.article().id();
            members.computeIfAbsent(aid, k -> new java.util.TreeSet<>()).add(event);
            times.put(aid, a.article().published() != null ? a.article().published() : a.added());
            addedAt.put(aid, a.added());
            invalidate();
        }

        synchronized void invalidate() {
            stale = true;
            version++;
        }
    }

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final StoryClusterer clusterer;
    private final SearchIndex search;
    private final RecordLog log;
    private final BiFunction<String, List<ExtractedArticle>, StoryReport> reconciler;
    private volatile Listener listener = new Listener() {};
    private final RecordLog.Recovery recovery;

    private final Map<String, StoredArticle> articles = new ConcurrentHashMap<>();
    private final Map<String, String> byHash = new ConcurrentHashMap<>();
    private final Map<String, ExtractedArticle> extracted = new ConcurrentHashMap<>();
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final Map<String, String> storyOf = new ConcurrentHashMap<>();
    private final Map<String, List<String>> roundupStories = new ConcurrentHashMap<>(); // roundup article → its events' stories
    private final Map<String, StoryEntry> stories = new ConcurrentHashMap<>();

    private final Object addLock = new Object();
    private final Map<String, String> inFlight = new HashMap<>(); // id → hash, queued but not yet applied
    private final Set<String> inFlightHashes = new HashSet<>();
    private long nextSeq = 1;
    private volatile long appliedSeq;
    private long committedSeq;
    private final ScheduledExecutorService committer;
    private final java.util.concurrent.ExecutorService clustering = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triangulate-cluster");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicInteger assigning = new java.util.concurrent.atomic.AtomicInteger();
    private boolean replaying;
    private long searchSeqAtOpen;

    /**
     * Opens (creating) the store in {@code dir}: replays the log, reloads the indexes and
     * brings them up to the log.
     *
     * @param reconciler turns a story's extracted articles into its report
     * @param commitSeconds how often the indexes are committed
     */
    public Store(Path dir, BiFunction<String, List<ExtractedArticle>, StoryReport> reconciler, int commitSeconds) throws IOException {
        this.dir = dir;
        this.reconciler = reconciler;
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            lockChannel.close();
            throw new IOException("another triangulate server is using " + dir);
        }
        lock = l;
        clusterer = new StoryClusterer(dir.resolve("clusters"));
        search = new SearchIndex(dir.resolve("search"));
        searchSeqAtOpen = search.committedSeq();
        Path logFile = dir.resolve("store.log");
        replaying = true;
        recovery = RecordLog.replay(logFile, r -> apply(List.of(r)));
        replaying = false;
        committedSeq = searchSeqAtOpen;
        log = new RecordLog(logFile, this::apply);
        commit();
        committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "triangulate-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, commitSeconds, commitSeconds, TimeUnit.SECONDS);
    }

    /** Sets who is told about new articles and changed stories; articles awaiting analysis are announced at once. */
    public void listen(Listener l) {
        this.listener = l;
        List<StoredArticle> waiting = new ArrayList<>(articles.values());
        waiting.sort(Comparator.comparingLong(StoredArticle::seq));
        for (StoredArticle a : waiting) {
            if (!extracted.containsKey(a.article().id()) && !failed.containsKey(a.article().id())) l.stored(a);
        }
    }

    public RecordLog.Recovery recovery() { return recovery; }

    // ------------------------------------------------------------------ writes

    /**
     * Stores the articles durably and indexes them for search, and returns what became of each
     * (the story of a new article is known once it is analyzed).
     *
     * @throws IOException when the log cannot be written (nothing of this call is acknowledged)
     */
    public List<AddResult> add(List<Article> batch) throws IOException {
        List<AddResult> results = new ArrayList<>();
        List<ObjectNode> records = new ArrayList<>();
        List<String> newIds = new ArrayList<>();
        List<String> newHashes = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Void> done;
        synchronized (addLock) {
            Instant now = Instant.now();
            for (Article a : batch) {
                String hash = hash(a);
                StoredArticle known = articles.get(a.id());
                String knownHash = known != null ? known.hash() : inFlight.get(a.id());
                if (knownHash != null) {
                    results.add(new AddResult(a.id(), knownHash.equals(hash) ? AddStatus.EXISTS : AddStatus.CONFLICT, null, null));
                    continue;
                }
                String dupOf = byHash.get(hash);
                if (dupOf != null || inFlightHashes.contains(hash)) {
                    results.add(new AddResult(a.id(), AddStatus.DUPLICATE, null, dupOf));
                    continue;
                }
                long seq = nextSeq++;
                ObjectNode r = Codec.JSON.createObjectNode().put("t", "article").put("seq", seq).put("added", now.toString())
                        .put("hash", hash);
                r.set("article", Codec.article(a));
                records.add(r);
                inFlight.put(a.id(), hash);
                inFlightHashes.add(hash);
                newIds.add(a.id());
                newHashes.add(hash);
                results.add(new AddResult(a.id(), AddStatus.STORED, null, null));
            }
            if (records.isEmpty()) return fill(results);
            done = log.append(records);
        }
        try {
            done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause()), e.getCause());
        } finally {
            synchronized (addLock) {
                newIds.forEach(inFlight::remove);
                newHashes.forEach(inFlightHashes::remove);
            }
        }
        return fill(results);
    }

    private List<AddResult> fill(List<AddResult> results) {
        List<AddResult> out = new ArrayList<>();
        for (AddResult r : results) {
            String story = storyOf.get(r.id());
            if (r.status() == AddStatus.DUPLICATE && r.duplicateOf() != null) story = storyOf.get(r.duplicateOf());
            out.add(new AddResult(r.id(), r.status(), story, r.duplicateOf()));
        }
        return out;
    }

    /** Stores the analysis result of an article (durably; its story's report is then recomputed). */
    public void recordExtraction(ExtractedArticle e) throws IOException {
        ObjectNode r = Codec.extraction(e);
        r.put("t", "extracted").put("id", e.article().id());
        appendOne(r);
    }

    /** Records that an article could not be analyzed (it stays stored and listed, without claims). */
    public void recordFailure(String articleId, String message) throws IOException {
        appendOne(Codec.JSON.createObjectNode().put("t", "failed").put("id", articleId).put("error", message));
    }

    private void appendOne(ObjectNode r) throws IOException {
        try {
            log.append(List.of(r)).join();
        } catch (CompletionException ex) {
            throw ex.getCause() instanceof IOException io ? io : new IOException(String.valueOf(ex.getCause()), ex.getCause());
        }
    }

    // Applies durable records in log order (writer thread, or the opening thread during replay).
    private void apply(List<ObjectNode> records) {
        for (ObjectNode r : records) {
            switch (r.path("t").asText()) {
                case "article" -> applyArticle(r);
                case "extracted" -> {
                    String id = r.get("id").asText();
                    StoredArticle a = articles.get(id);
                    if (a == null) continue;
                    ExtractedArticle x = Codec.extraction(a.article(), r);
                    extracted.put(id, x);
                    failed.remove(id);
                    cluster(a, x);
                }
                case "failed" -> {
                    String id = r.get("id").asText();
                    StoredArticle a = articles.get(id);
                    if (a == null) continue;
                    failed.put(id, r.path("error").asText());
                    cluster(a, null);
                }
                default -> { } // unknown record types from a newer version are ignored
            }
        }
    }

    private void applyArticle(ObjectNode r) {
        long seq = r.get("seq").asLong();
        Article a = Codec.article(r.get("article"));
        if (articles.containsKey(a.id())) return;
        StoredArticle s = new StoredArticle(seq, a, Instant.parse(r.get("added").asText()), r.get("hash").asText());
        articles.put(a.id(), s);
        byHash.putIfAbsent(s.hash(), a.id());
        if (!replaying || seq > searchSeqAtOpen) search.index(a);
        appliedSeq = Math.max(appliedSeq, seq);
        if (replaying) {
            nextSeq = Math.max(nextSeq, seq + 1);
        } else {
            listener.stored(s);
        }
    }

    // Clustering is the expensive part of applying an analysis: it runs on its own thread, in
    // log order, so that the log writer (and every acknowledgement) does not wait for it.
    private void cluster(StoredArticle a, ExtractedArticle x) {
        if (replaying) {
            assign(a, x);
            changed(a.article().id());
            return;
        }
        assigning.incrementAndGet();
        clustering.execute(() -> {
            try {
                assign(a, x);
                changed(a.article().id());
            } catch (RuntimeException e) {
                System.err.println("triangulate: clustering " + a.article().id() + " failed: " + e);
            } finally {
                assigning.decrementAndGet();
            }
        });
    }

    /** Analyzed articles not yet put into their stories (a moment's backlog of the clustering thread). */
    public int assigning() { return assigning.get(); }

    /**
     * Puts an analyzed article into its story (or stories), as the batch run does after
     * extraction: an ordinary report is clustered as a whole; a roundup of several incidents
     * ({@code x.events()} has several segments) is clustered segment by segment, as articles
     * {@code id#k}, and each story takes only the claims of its own segments. An article whose
     * analysis failed ({@code x} null) is clustered as a whole.
     */
    private void assign(StoredArticle a, ExtractedArticle x) {
        String id = a.article().id();
        if (storyOf.containsKey(id)) return; // already assigned (an analysis stored twice)
        if (x == null || x.events().size() == 1) {
            String story = clusterer.add(a.article());
            storyOf.put(id, story);
            stories.computeIfAbsent(story, StoryEntry::new).add(a, 0);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < x.events().size(); k++) {
            String story = clusterer.add(eventPart(a.article(), x.events().get(k), k));
            parts.add(story);
            stories.computeIfAbsent(story, StoryEntry::new).add(a, k);
        }
        storyOf.put(id, parts.get(0));
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(parts));
        if (distinct.size() > 1) roundupStories.put(id, distinct);
    }

    /** One event segment of a roundup as an article of its own, for clustering (the batch run's rule). */
    static Article eventPart(Article a, ExtractedArticle.Segment seg, int k) {
        String text = a.text().substring(seg.begin(), Math.min(seg.end(), a.text().length())).strip();
        String title = k == 0 ? a.title() : text.lines().findFirst().orElse(a.title());
        return new Article(a.id() + "#" + (k + 1), title, text, a.outlet(), a.url(), a.published(), a.author(), a.language(), a.origin());
    }

    private void changed(String articleId) {
        for (String story : storiesOf(articleId)) {
            StoryEntry e = stories.get(story);
            if (e != null) e.invalidate();
            if (!replaying) listener.storyChanged(story);
        }
    }

    // ------------------------------------------------------------------ reads

    public StoredArticle article(String id) { return articles.get(id); }

    public ExtractedArticle extraction(String id) { return extracted.get(id); }

    public String failure(String id) { return failed.get(id); }

    public String storyOf(String articleId) { return storyOf.get(articleId); }

    /** Every story the article is in: one, or several for a roundup of several incidents. */
    public List<String> storiesOf(String articleId) {
        List<String> r = roundupStories.get(articleId);
        if (r != null) return r;
        String s = storyOf.get(articleId);
        return s == null ? List.of() : List.of(s);
    }

    public StoryEntry story(String id) { return stories.get(id); }

    public int articleCount() { return articles.size(); }

    public int storyCount() { return stories.size(); }

    public int analyzedCount() { return extracted.size(); }

    public int failedCount() { return failed.size(); }

    /**
     * "done" or "failed" once the article's analysis is stored and the article is in its story;
     * "pending" before (analysis queued or running, or clustering a moment behind).
     */
    public String analysisState(String articleId) {
        if (!storyOf.containsKey(articleId)) return "pending";
        return extracted.containsKey(articleId) ? "done" : failed.containsKey(articleId) ? "failed" : "pending";
    }

    /** Articles stored but not analyzed yet (they join their stories once analyzed). */
    public int pending() {
        return articles.size() - extracted.size() - failed.size();
    }

    /**
     * The story's cross-checked report over its analyzed articles (reconciled again when its
     * articles changed), or null when none of its articles is analyzed yet.
     */
    public StoryReport report(String storyId) {
        StoryEntry e = stories.get(storyId);
        if (e == null) return null;
        long version;
        Map<String, Set<Integer>> members;
        synchronized (e) {
            if (!e.stale) return e.report;
            version = e.version;
            members = e.members();
        }
        // reconcile outside the lock: the log writer adding to this story must not wait for it
        List<ExtractedArticle> xs = new ArrayList<>();
        for (var m : members.entrySet()) {
            ExtractedArticle x = extracted.get(m.getKey());
            if (x != null) xs.add(x.events().size() == 1 ? x : x.onlyEvents(m.getValue()));
        }
        StoryReport r = xs.isEmpty() ? null : reconciler.apply(storyId, xs);
        synchronized (e) {
            if (e.version == version) { // nothing changed meanwhile: cache it
                e.report = r;
                e.stale = false;
            }
        }
        return r;
    }

    /** Story order for listings. */
    public enum Order { NEWEST, BIGGEST }

    /** All stories in the given order (newest: latest article first, then larger; biggest: larger first, then newer). */
    public List<StoryEntry> stories(Order order) {
        Comparator<StoryEntry> newest = Comparator.comparing(StoryEntry::latest, Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<StoryEntry> biggest = Comparator.comparingInt(StoryEntry::size).reversed();
        Comparator<StoryEntry> c = order == Order.BIGGEST ? biggest.thenComparing(newest) : newest.thenComparing(biggest);
        List<StoryEntry> all = new ArrayList<>(stories.values());
        all.sort(c.thenComparing(StoryEntry::id));
        return all;
    }

    /** Stories whose articles match every word of the query, best match first. */
    public List<StoryEntry> search(String query, int max) {
        Map<String, Float> best = new LinkedHashMap<>();
        for (SearchIndex.Hit h : search.search(query, Math.max(100, max * 10))) {
            for (String story : storiesOf(h.articleId())) best.merge(story, h.score(), Math::max);
        }
        return best.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .limit(max).map(en -> stories.get(en.getKey())).toList();
    }

    public long logBytes() { return log.size(); }

    public long logSyncs() { return log.syncs(); }

    // ------------------------------------------------------------------ lifecycle

    /** Commits the story and search indexes (they are otherwise committed every few seconds). */
    public synchronized void commit() {
        long seq = appliedSeq;
        if (seq == committedSeq) return;
        clusterer.commit();
        search.commit(seq);
        committedSeq = seq;
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (RuntimeException e) {
            System.err.println("triangulate: index commit failed (will retry): " + e);
        }
    }

    @Override
    public void close() throws IOException {
        // never interrupt a thread inside Lucene: an interrupted file channel closes the index writer
        committer.shutdown();
        log.close();
        clustering.shutdown();
        try {
            committer.awaitTermination(60, TimeUnit.SECONDS);
            clustering.awaitTermination(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commit();
        } catch (RuntimeException e) {
            // the log has everything; the indexes are completed from it on the next start
            System.err.println("triangulate: final index commit failed (the indexes are rebuilt from the log on the next start): " + e);
        } finally {
            closeQuietly(clusterer::close);
            closeQuietly(search::close);
            lock.release();
            lockChannel.close();
        }
    }

    private static void closeQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            System.err.println("triangulate: closing an index: " + e);
        }
    }

    static String hash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(a.title().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
