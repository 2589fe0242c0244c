package dev.triangulate.extract.internal;

import dev.triangulate.model.Token;
import java.util.Set;

/** Shallow noun-phrase chunking over POS tags: enough to find who said or did something. */
final class Phrases {
    private Phrases() {}

    /** A token span [start, end] (absolute token indices, inclusive). */
    record Span(int start, int end) {
        int head() { return end; }
    }

    /** Words tagged as prepositions that open a clause ("... early Sunday after a man was found"): no phrase runs over them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "because", "while", "when",
            "as", "if", "although", "though", "whether", "than", "that", "once", "unless");

    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "POS", "PRP$", "CD", "HYPH", "VBN", "NML");

    /**
     * The noun phrase that ends right before {@code index} (a speech or action verb), walking back
     * over determiners, adjectives, nouns and possessives, and over one "at/of/in the X" phrase.
     * Null when the preceding token is not a noun.
     */
    static Span before(SentenceView v, int index) {
        int end = index - 1;
        // skip adverbs between subject and verb ("police also said")
        while (v.at(end) != null && v.at(end).pos().startsWith("RB")) end--;
        // and a party-and-state parenthesis after a name ("Rep. Gwen Moore (D-Wis.) said")
        if (v.at(end) != null && Regex.matches(v.at(end).text(), "\\)|-RRB-")) {
            int open = end - 1;
            while (open > end - 6 && v.at(open) != null && !Regex.matches(v.at(open).text(), "\\(|-LRB-")) open--;
            if (v.at(open) != null && Regex.matches(v.at(open).text(), "\\(|-LRB-")) end = open - 1;
        }
        Token last = v.at(end);
        if (last == null || !(last.isNoun() || last.pos().equals("PRP") || last.pos().equals("CD"))) return null;
        if (last.pos().equals("PRP")) return new Span(end, end);
        int start = end;
        int prepositions = 0;
        while (v.at(start - 1) != null && start - 1 >= end - 10) {
            Token t = v.at(start - 1);
            if (NP_TAGS.contains(t.pos()) || hyphenated(v, start - 1)) {
                start--;
            } else if ((t.pos().equals("IN") || t.pos().equals("TO")) && prepositions == 0 && !CLAUSE_OPENERS.contains(t.lower())
                    && v.at(start - 2) != null && v.at(start - 2).isNoun()) {
                prepositions++;
                start--;
            } else if (t.text().equals("(") || t.text().equals(")")) {
                start--;
            } else {
                break;
            }
        }
        // a phrase cannot start with a preposition or possessive marker
        while (start < end && (v.at(start).pos().equals("IN") || v.at(start).pos().equals("POS"))) start++;
        return new Span(start, end);
    }

    /** The noun phrase starting at {@code index} (determiners, adjectives, nouns), or null. */
    static Span after(SentenceView v, int index) {
        int i = index;
        if (v.at(i) == null) return null;
        int end = -1;
        while (v.at(i) != null && (NP_TAGS.contains(v.at(i).pos()) || hyphenated(v, i)) && i - index < 12) {
            // "killed a man Saturday": a day after the head noun is no part of the phrase
            if (end >= 0 && Regex.matches(v.at(i).ner(), "DATE|TIME") && v.at(end).ner().equals("O")) break;
            if (v.at(i).isNoun() || v.at(i).pos().equals("CD")) end = i;
            // stop after the head noun when a new determiner would start another phrase
            if (end >= 0 && v.at(i + 1) != null && v.at(i + 1).pos().equals("DT")) break;
            i++;
        }
        if (end < 0 && v.at(index).pos().equals("PRP")) return new Span(index, index);
        return end < 0 ? null : new Span(index, end);
    }

    /** Part of a hyphenated compound the tokenizer split ("off - duty"). */
    private static boolean hyphenated(SentenceView v, int i) {
        return v.lower(i).equals("-") || v.lower(i + 1).equals("-") || v.lower(i - 1).equals("-");
    }

    /** The span text without a leading determiner ("the attacker" → "attacker"). */
    static String bare(SentenceView v, Span s) {
        int start = s.start();
        while (start < s.end() && (v.at(start).pos().equals("DT") || v.at(start).pos().equals("PRP$"))) start++;
        return v.text(start, s.end());
    }

    /** The lower-case lemma of the head noun. */
    static String head(SentenceView v, Span s) {
        return v.lemma(s.head());
    }
}
