package dev.triangulate.analyze.internal;

import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves an opening quotation mark that the sentence splitter left at the end of a sentence to the
 * start of the next one. CoreNLP attaches quote marks after a full stop to the sentence before
 * ({@code ...Committee. "That was...}), which is right for a closing mark and wrong for an opening
 * one: the quote would start in the previous sentence and borrow its attribution.
 */
final class OpeningQuoteMarks {
    private OpeningQuoteMarks() {}

    /** The tokens as CoreNLP writes quote marks, and the marks themselves. */
    private static boolean isQuoteMark(Token t) {
        return t.pos().equals("``") || t.pos().equals("''") || t.text().matches("[\"“”‘’]|''|``");
    }

    /** A mark is opening when white space precedes it and a word follows it directly. */
    private static boolean opens(String text, Token t) {
        boolean spaceBefore = t.begin() == 0 || Character.isWhitespace(text.charAt(t.begin() - 1));
        boolean wordAfter = t.end() < text.length() && !Character.isWhitespace(text.charAt(t.end()));
        return spaceBefore && wordAfter;
    }

    /**
     * Returns the sentences and tokens with every trailing opening mark moved to the following
     * sentence (sentence indexes, spans and texts adjusted; token indexes unchanged). Inputs are not modified.
     */
    static Result apply(String text, List<Sentence> sentences, List<Token> tokens) {
        List<Sentence> outS = new ArrayList<>(sentences);
        List<Token> outT = new ArrayList<>(tokens);
        boolean changed = false;
        for (int i = 0; i + 1 < outT.size(); i++) {
            Token t = outT.get(i);
            Token next = outT.get(i + 1);
            if (next.sentence() != t.sentence() + 1 || !isQuoteMark(t) || !opens(text, t)) continue;
            int s = t.sentence();
            if (i == 0 || outT.get(i - 1).sentence() != s) continue; // the mark is the whole sentence
            Token before = outT.get(i - 1);
            Sentence cur = outS.get(s);
            Sentence nxt = outS.get(s + 1);
            outS.set(s, new Sentence(s, cur.begin(), before.end(), text.substring(cur.begin(), before.end())));
            outS.set(s + 1, new Sentence(s + 1, t.begin(), nxt.end(), text.substring(t.begin(), nxt.end())));
            outT.set(i, new Token(t.index(), s + 1, t.text(), t.lemma(), t.pos(), t.ner(), t.normalized(), t.begin(), t.end()));
            changed = true;
        }
        return changed ? new Result(List.copyOf(outS), List.copyOf(outT)) : new Result(sentences, tokens);
    }

    record Result(List<Sentence> sentences, List<Token> tokens) {}
}
