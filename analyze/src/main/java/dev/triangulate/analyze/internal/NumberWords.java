package dev.triangulate.analyze.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Values of spelled-out numbers: "eight", "twenty-two", "two hundred", "two dozen", "1.5 million". */
final class NumberWords {
    private NumberWords() {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    /** Words that multiply what precedes them ("two dozen" = 24); alone they count once ("a dozen" = 12). */
    private static final Map<String, Integer> MULTIPLIERS = Map.of("dozen", 12, "hundred", 100, "thousand", 1000,
            "million", 1_000_000, "billion", 1_000_000_000);
    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /** The value of one lower-case word or digit string ("eight", "twenty-two", "1,200", "dozen"), or null. */
    static Double value(String lower) {
        String s = lower.replace(",", "");
        if (s.matches("\\d+(\\.\\d+)?")) return Double.parseDouble(s);
        Integer u = UNITS.get(s);
        if (u != null) return u.doubleValue();
        Integer m = MULTIPLIERS.get(s);
        if (m != null) return m.doubleValue();
        int dash = s.indexOf('-');
        if (dash > 0 && TENS.contains(s.substring(0, dash))) {
            Integer unit = UNITS.get(s.substring(dash + 1));
            if (unit != null && unit > 0 && unit < 10) return (double) UNITS.get(s.substring(0, dash)) + unit;
        }
        return null;
    }

    /** Whether the word multiplies the number before it. */
    static boolean isMultiplier(String lower) {
        return MULTIPLIERS.containsKey(lower);
    }

    /** Whether the word is a spelled-out number (not digits). */
    static boolean isWord(String lower) {
        return !lower.isEmpty() && !Character.isDigit(lower.charAt(0)) && value(lower) != null;
    }

    /** The value of a sequence of number words and digits ("twenty two", "two hundred fifty", "1.5 million"), or null. */
    static Double combine(List<String> lowerWords) {
        double total = 0, current = 0;
        boolean any = false;
        for (String w : lowerWords) {
            Double v = value(w);
            if (v == null) return null;
            if (isMultiplier(w)) {
                double m = v;
                current = (current == 0 ? 1 : current) * m;
                if (m >= 1000) {
                    total += current;
                    current = 0;
                }
            } else {
                current += v;
            }
            any = true;
        }
        return any ? total + current : null;
    }
}
