package dev.triangulate.analyze.internal;

import dev.triangulate.model.NumberMention;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds counts in the token stream with the words that qualify them ("at least eight" is
 * 8 with {@link Qualifier#AT_LEAST}); vague amounts ("several", "multiple") become
 * {@link Qualifier#SEVERAL} with value 0.
 */
final class NumberFinder {
    private NumberFinder() {}

    private static final Set<String> VAGUE = Set.of("several", "multiple", "many", "numerous", "dozens", "scores",
            "hundreds", "thousands");

    static List<NumberMention> find(List<Token> tokens) {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (VAGUE.contains(w) && t.pos().matches("JJ|DT|NNS|RB")) {
                out.add(new NumberMention(t.text(), 0, Qualifier.SEVERAL, t.sentence(), i, i, t.begin(), t.end()));
                i++;
                continue;
            }
            Double v = value(t);
            if (v == null) {
                i++;
                continue;
            }
            int last = i;
            List<String> words = new ArrayList<>(List.of(t.lower()));
            // "twenty two", "two hundred", "two dozen", "1.5 million"
            while (true) {
                // "twenty - two": the tokenizer splits hyphenated numbers
                int k = last + 1 < tokens.size() && tokens.get(last + 1).text().equals("-") ? last + 2 : last + 1;
                if (k >= tokens.size() || tokens.get(k).sentence() != t.sentence()
                        || !continues(words.get(words.size() - 1), tokens.get(k))
                        || k == last + 2 && !NumberWords.isWord(tokens.get(k).lower())) break;
                words.add(tokens.get(k).lower());
                last = k;
            }
            Double combined = NumberWords.combine(words);
            double value = combined != null ? combined : v;
            int first = i;
            Qualifier q = Qualifier.EXACT;
            String p1 = i >= 1 && tokens.get(i - 1).sentence() == t.sentence() ? tokens.get(i - 1).lower() : "";
            String p2 = i >= 2 && tokens.get(i - 2).sentence() == t.sentence() ? tokens.get(i - 2).lower() : "";
            String p3 = i >= 3 && tokens.get(i - 3).sentence() == t.sentence() ? tokens.get(i - 3).lower() : "";
            if (p2.equals("at") && p1.equals("least")) { q = Qualifier.AT_LEAST; first = i - 2; }
            else if ((p2.equals("more") || p2.equals("greater")) && p1.equals("than")) { q = Qualifier.MORE_THAN; first = i - 2; }
            else if (p1.equals("over")) { q = Qualifier.MORE_THAN; first = i - 1; }
            else if (p2.equals("up") && p1.equals("to")) { q = Qualifier.UP_TO; first = i - 2; }
            else if (p3.equals("as") && p2.equals("many") && p1.equals("as")) { q = Qualifier.UP_TO; first = i - 3; }
            else if (p2.equals("no") && p1.equals("more")) { q = Qualifier.UP_TO; first = i - 2; }
            else if (Set.of("about", "around", "approximately", "roughly", "nearly", "almost", "some", "estimated").contains(p1)) {
                q = Qualifier.ABOUT; first = i - 1;
            }
            Token firstTok = tokens.get(first);
            Token lastTok = tokens.get(last);
            out.add(new NumberMention(joinText(tokens, first, last), value, q, t.sentence(), first, last,
                    firstTok.begin(), lastTok.end()));
            i = last + 1;
        }
        return out;
    }

    private static String joinText(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first) sb.append(' ');
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    /** Whether {@code next} extends the number that ends with {@code previousLower}. */
    private static boolean continues(String previousLower, Token next) {
        String w = next.lower();
        if ("DATE".equals(next.ner()) || "TIME".equals(next.ner()) || "DURATION".equals(next.ner())) return false;
        if (NumberWords.isMultiplier(w)) return !NumberWords.isMultiplier(previousLower) || w.equals("thousand") || w.equals("million");
        // "twenty two" but not "8 10" or "two three-year-olds"
        return NumberWords.isWord(w) && NumberWords.isWord(previousLower) && NumberWords.value(previousLower) >= 20
                && NumberWords.value(previousLower) % 10 == 0 && NumberWords.value(w) < 10
                || NumberWords.isWord(w) && NumberWords.isMultiplier(previousLower) && NumberWords.value(w) < 100;
    }

    /** The numeric value of a cardinal token, or null when it is not a count. */
    static Double value(Token t) {
        if (!"CD".equals(t.pos()) && !NumberWords.isWord(t.lower())) return null;
        if (NumberWords.isMultiplier(t.lower()) && !t.lower().equals("dozen")) return null; // "hundreds", "thousand" alone
        if (t.lower().equals("one") && !"CD".equals(t.pos())) return null; // "one of", "no one"
        if ("DATE".equals(t.ner()) || "TIME".equals(t.ner()) || "DURATION".equals(t.ner())) return null;
        String digits = t.text().replace(",", "");
        if (digits.matches("\\d+(\\.\\d+)?")) {
            if (digits.length() == 4 && digits.startsWith("1") || digits.startsWith("20") && digits.length() == 4) return null; // years
            return Double.parseDouble(digits);
        }
        return NumberWords.value(t.lower());
    }
}
