package dev.triangulate.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The representation of one story: aggregated counts of its members' content words, names and
 * places; their publication days, mentioned dates and ages; and the member article ids.
 * Stored in the Lucene index as a binary blob next to the searchable fields.
 */
final class StoryState {
    /** Content words kept per story; beyond it the rarest-in-story words are dropped. */
    static final int MAX_TERMS = 600;
    static final int MAX_NAMES = 200;
    static final int MAX_DATES = 64;

    final String id;
    final List<String> articles = new ArrayList<>();
    final Map<String, Integer> terms = new HashMap<>();
    final Map<String, Integer> names = new HashMap<>();
    final Map<String, Integer> places = new TreeMap<>();
    final Set<Integer> pubDays = new TreeSet<>();
    /** Mentioned day → number of member articles mentioning it. */
    final Map<Integer, Integer> dates = new TreeMap<>();
    /** Age → number of member articles stating it. */
    final Map<Integer, Integer> ages = new TreeMap<>();
    /** Phrase → number of member articles containing it. */
    final Map<String, Integer> phrases = new HashMap<>();
    /** Title word → number of member titles containing it. */
    final Map<String, Integer> titleTerms = new HashMap<>();
    static final int MAX_PHRASES = 400;

    StoryState(String id) {
        this.id = id;
    }

    int size() { return articles.size(); }

    /**
     * The share of member articles that mention something, given its member count: set-valued
     * features are weighted by it so that a large story does not match everything just because
     * the union of its members' names, dates and ages is large.
     */
    double share(Integer count) {
        return count == null ? 0 : Math.min(1.0, count / (double) size());
    }

    private double norm;
    private double nameWeight;
    private int cachedStories = -1;
    private int cachedSize = -1;

    /**
     * Euclidean norm of the story's tf-idf vector. Cached with {@link #nameWeight}: recomputed
     * when the story changes or the number of stories (the idf base) has grown by more than 10 %.
     */
    double norm(Decision.Stats stats) {
        refreshCache(stats);
        return norm;
    }

    /** Sum of the idf of the story's name tokens (cached like {@link #norm}). */
    double nameWeight(Decision.Stats stats) {
        refreshCache(stats);
        return nameWeight;
    }

    private void refreshCache(Decision.Stats stats) {
        int n = stats.stories();
        if (cachedSize == size() && n - cachedStories <= Math.max(8, cachedStories / 10)) return;
        double sum = 0;
        for (var e : terms.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * stats.idfTerm(e.getKey());
            sum += w * w;
        }
        norm = Math.sqrt(sum);
        double nw = 0;
        for (String name : names.keySet()) nw += stats.idfName(name);
        nameWeight = nw;
        cachedStories = n;
        cachedSize = size();
    }

    /**
     * Adds an article; returns the content words and names that are new to the story (for the
     * story-level document frequencies).
     */
    void add(TextFeatures.Features f, List<String> newTerms, List<String> newNames) {
        articles.add(f.id());
        for (var e : f.terms().entrySet()) {
            if (terms.merge(e.getKey(), e.getValue(), Integer::sum).equals(e.getValue())) newTerms.add(e.getKey());
        }
        for (String n : f.names().keySet()) {
            if (names.merge(n, 1, Integer::sum) == 1) newNames.add(n);
        }
        for (String p : f.places()) places.merge(p, 1, Integer::sum);
        if (f.day() != TextFeatures.NO_DAY) pubDays.add(f.day());
        for (int d : f.dates()) if (dates.size() < MAX_DATES || dates.containsKey(d)) dates.merge(d, 1, Integer::sum);
        for (int g : f.ages()) ages.merge(g, 1, Integer::sum);
        for (String p : f.phrases()) if (phrases.size() < MAX_PHRASES || phrases.containsKey(p)) phrases.merge(p, 1, Integer::sum);
        for (String t : f.titleTerms()) {
            if (titleTerms.size() < MAX_PHRASES || titleTerms.containsKey(t)) titleTerms.merge(t, 1, Integer::sum);
        }
        prune(terms, MAX_TERMS);
        prune(names, MAX_NAMES);
    }

    /**
     * Merges another story into this one (batch consolidation): member ids, counts, days, dates,
     * ages, phrases and title words are summed; the caps of {@link #add} apply.
     */
    void absorb(StoryState o) {
        articles.addAll(o.articles);
        o.terms.forEach((k, v) -> terms.merge(k, v, Integer::sum));
        o.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
        o.places.forEach((k, v) -> places.merge(k, v, Integer::sum));
        pubDays.addAll(o.pubDays);
        o.dates.forEach((k, v) -> { if (dates.size() < MAX_DATES || dates.containsKey(k)) dates.merge(k, v, Integer::sum); });
        o.ages.forEach((k, v) -> ages.merge(k, v, Integer::sum));
        o.phrases.forEach((k, v) -> { if (phrases.size() < MAX_PHRASES || phrases.containsKey(k)) phrases.merge(k, v, Integer::sum); });
        o.titleTerms.forEach((k, v) -> { if (titleTerms.size() < MAX_PHRASES || titleTerms.containsKey(k)) titleTerms.merge(k, v, Integer::sum); });
        prune(terms, MAX_TERMS);
        prune(names, MAX_NAMES);
        cachedSize = -1;
    }

    /** Keeps the {@code max * 2/3} most frequent entries (ties by key) once a map outgrows max. */
    private static void prune(Map<String, Integer> m, int max) {
        if (m.size() <= max) return;
        List<Map.Entry<String, Integer>> es = new ArrayList<>(m.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int keep = max * 2 / 3;
        for (int i = keep; i < es.size(); i++) m.remove(es.get(i).getKey());
    }

    // ------------------------------------------------------------------ serialization

    byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(id);
            writeStrings(out, articles);
            writeCounts(out, terms);
            writeCounts(out, names);
            writeCounts(out, places);
            writeInts(out, pubDays);
            writeIntCounts(out, dates);
            writeIntCounts(out, ages);
            writeCounts(out, phrases);
            writeCounts(out, titleTerms);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryState fromBytes(byte[] b, int offset, int length) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b, offset, length));
            StoryState s = new StoryState(in.readUTF());
            int n = in.readInt();
            for (int i = 0; i < n; i++) s.articles.add(in.readUTF());
            readCounts(in, s.terms);
            readCounts(in, s.names);
            readCounts(in, s.places);
            readInts(in, s.pubDays);
            readIntCounts(in, s.dates);
            readIntCounts(in, s.ages);
            readCounts(in, s.phrases);
            readCounts(in, s.titleTerms);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> xs) throws IOException {
        out.writeInt(xs.size());
        for (String x : xs) out.writeUTF(x);
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> m) throws IOException {
        List<String> keys = new ArrayList<>(m.keySet());
        Collections.sort(keys);
        out.writeInt(keys.size());
        for (String k : keys) {
            out.writeUTF(k);
            out.writeInt(m.get(k));
        }
    }

    private static void readCounts(DataInputStream in, Map<String, Integer> m) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) m.put(in.readUTF(), in.readInt());
    }

    private static void writeIntCounts(DataOutputStream out, Map<Integer, Integer> m) throws IOException {
        out.writeInt(m.size());
        for (var e : new TreeMap<>(m).entrySet()) {
            out.writeInt(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static void readIntCounts(DataInputStream in, Map<Integer, Integer> m) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) m.put(in.readInt(), in.readInt());
    }

    private static void writeInts(DataOutputStream out, Set<Integer> xs) throws IOException {
        out.writeInt(xs.size());
        for (int x : xs) out.writeInt(x);
    }

    private static void readInts(DataInputStream in, Set<Integer> xs) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) xs.add(in.readInt());
    }
}
