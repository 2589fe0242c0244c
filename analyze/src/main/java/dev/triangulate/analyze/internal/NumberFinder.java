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

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("dozen", 12), Map.entry("hundred", 100));

    private static final Set<String> VAGUE = Set.of("several", "multiple", "many", "numerous", "dozens", "scores");

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
            // "twenty two", "two hundred": let CoreNLP's normalization of the last token win.
            while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == t.sentence()
                    && "NUMBER".equals(tokens.get(last + 1).ner()) && "NUMBER".equals(t.ner())
                    && value(tokens.get(last + 1)) != null) {
                last++;
            }
            double value = value(tokens.get(last));
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

    /** The numeric value of a cardinal token, or null when it is not a count. */
    static Double value(Token t) {
        if (!"CD".equals(t.pos()) && !WORDS.containsKey(t.lower())) return null;
        if (t.lower().equals("one") && !"CD".equals(t.pos())) return null; // "one of", "no one"
        if ("DATE".equals(t.ner()) || "TIME".equals(t.ner()) || "DURATION".equals(t.ner())) return null;
        String digits = t.text().replace(",", "");
        if (digits.matches("\\d+(\\.\\d+)?")) {
            if (digits.length() == 4 && digits.startsWith("1") || digits.startsWith("20") && digits.length() == 4) return null; // years
            return Double.parseDouble(digits);
        }
        Integer w = WORDS.get(t.lower());
        return w == null ? null : w.doubleValue();
    }
}
