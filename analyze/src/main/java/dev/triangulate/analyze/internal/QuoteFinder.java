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
            + "|(?<![\\p{L}\\p{N}])\"((?:(?!\n[ \t]*\n)[^\"]){3,1500})\""  // straight double, within a paragraph
            + "|(?<![\\p{L}\\p{N}])‘([^’‘]{3,1500}?)’(?![\\p{L}])"); // curly single, not an apostrophe

    /** A paragraph: text between blank lines. */
    private static final Pattern PARAGRAPH = Pattern.compile("[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*");

    static List<QuoteSpan> find(String text, List<Sentence> sentences) {
        List<QuoteSpan> out = new ArrayList<>();
        continuedParagraphs(text, sentences, out);
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            if (inside(out, m.start())) continue;
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            String inner = m.group(g).strip();
            if (inner.contains("\n\n")) continue; // unbalanced marks across paragraphs
            if (inner.split("\\s+").length < 3) continue;
            out.add(new QuoteSpan(inner, sentenceAt(sentences, m.start()), m.start(), m.end()));
        }
        out.sort(java.util.Comparator.comparingInt(QuoteSpan::begin));
        return out;
    }

    /**
     * A quotation that runs over several paragraphs opens each paragraph with a quotation mark and
     * closes only the last one (also the form of interview transcripts: {@code "WALLACE: ...}). A
     * paragraph that opens with a mark, never closes it, and is followed by a paragraph that opens
     * with a mark again is quoted to its end.
     */
    private static void continuedParagraphs(String text, List<Sentence> sentences, List<QuoteSpan> out) {
        List<int[]> paragraphs = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(text);
        while (p.find()) {
            int b = p.start(), e = p.end();
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (b < e) paragraphs.add(new int[] {b, e});
        }
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            int b = paragraphs.get(i)[0], e = paragraphs.get(i)[1];
            char open = text.charAt(b);
            if ((open != '“' && open != '"') || text.charAt(paragraphs.get(i + 1)[0]) != open) continue;
            String body = text.substring(b + 1, e);
            boolean closed = open == '“' ? body.indexOf('”') >= 0 : body.chars().filter(c -> c == '"').count() % 2 == 1;
            if (closed || body.strip().split("\\s+").length < 3) continue;
            out.add(new QuoteSpan(body.strip(), sentenceAt(sentences, b), b, e));
        }
    }

    private static boolean inside(List<QuoteSpan> spans, int offset) {
        for (QuoteSpan q : spans) if (q.begin() <= offset && offset < q.end()) return true;
        return false;
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset < s.end()) return s.index();
        }
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
    }
}
