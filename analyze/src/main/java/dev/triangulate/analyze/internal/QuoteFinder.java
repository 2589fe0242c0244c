package dev.triangulate.analyze.internal;

import dev.triangulate.model.QuoteSpan;
import dev.triangulate.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations by their marks (curly, straight, two apostrophes and single curly quotes). Short
 * scare quotes (fewer than three words, e.g. a “genocide”) are not quotations of speech.
 */
final class QuoteFinder {
    private QuoteFinder() {}

    private static final Pattern QUOTE = Pattern.compile(
            "“([^”“]{3,1500})”"                       // curly double
            + "|(?<![\\p{L}\\p{N}'])''((?:(?!'')[^\n]){3,1500}?)''"  // two apostrophes, as some wires and archives write quotes
            + "|(?<![\\p{L}\\p{N}])\"([^\"]{3,1500})\""  // straight double
            + "|(?<![\\p{L}\\p{N}])‘([^’‘]{3,1500}?)’(?![\\p{L}])"); // curly single, not an apostrophe

    static List<QuoteSpan> find(String text, List<Sentence> sentences) {
        List<QuoteSpan> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            String inner = m.group(g).strip();
            if (inner.contains("\n\n")) continue; // unbalanced marks across paragraphs
            if (inner.split("\\s+").length < 3) continue;
            out.add(new QuoteSpan(inner, sentenceAt(sentences, m.start()), m.start(), m.end()));
        }
        return out;
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset < s.end()) return s.index();
        }
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
    }
}
