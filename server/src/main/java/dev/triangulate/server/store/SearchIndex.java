package dev.triangulate.server.store;

import dev.triangulate.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text index of the stored articles (title, body, outlet) for story search. Documents are
 * keyed by article id, so indexing an article again is harmless; each commit records the
 * highest log sequence number it covers, and on start the articles after it are indexed again.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String SEQ = "seq";
    private final Directory dir;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean changed;

    /** A hit: an article and its score. */
    public record Hit(String articleId, float score) {}

    public SearchIndex(Path path) {
        try {
            dir = FSDirectory.open(path);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(dir, cfg);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highest log sequence number the last commit covers (0 when none). */
    public long committedSeq() {
        try {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) return 0;
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            return Long.parseLong(data.getOrDefault(SEQ, "0"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void index(Article a) {
        Document d = new Document();
        d.add(new StringField("id", a.id(), Field.Store.YES));
        d.add(new TextField("title", a.title(), Field.Store.NO));
        d.add(new TextField("body", a.body(), Field.Store.NO));
        if (a.outlet() != null) d.add(new TextField("outlet", a.outlet(), Field.Store.NO));
        try {
            writer.updateDocument(new Term("id", a.id()), d);
            changed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the index, recording that it covers the log up to {@code seq}. */
    public void commit(long seq) {
        try {
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Articles matching every word of {@code query} (in title, body or outlet; title matches
     * weigh more), best first.
     */
    public List<Hit> search(String query, int max) {
        List<String> words = terms(query);
        if (words.isEmpty()) return List.of();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(new TermQuery(new Term("title", w)), 2f), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term("body", w)), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term("outlet", w)), BooleanClause.Occur.SHOULD);
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        Query q = all.build();
        try {
            if (changed) {
                changed = false;
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, max);
                List<Hit> out = new ArrayList<>();
                var stored = s.storedFields();
                for (ScoreDoc sd : top.scoreDocs) out.add(new Hit(stored.document(sd.doc).get("id"), sd.score));
                return out;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 16) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
