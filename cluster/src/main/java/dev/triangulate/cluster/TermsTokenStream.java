package dev.triangulate.cluster;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Indexes already-normalized terms with their counts (each term repeated count times, capped). */
final class TermsTokenStream extends TokenStream {
    private static final int MAX_REPEAT = 8;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> tokens = new ArrayList<>();
    private int next;

    TermsTokenStream(Map<String, Integer> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        Collections.sort(keys);
        for (String k : keys) {
            int n = Math.min(MAX_REPEAT, counts.get(k));
            for (int i = 0; i < n; i++) tokens.add(k);
        }
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) return false;
        clearAttributes();
        term.setEmpty().append(tokens.get(next++));
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }
}
