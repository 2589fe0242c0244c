package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges spellings of one person's name within a story: "Andrey Karlov", "Andrey G. Karlov",
 * "Andrei Karlov" and "Karlov" are one person. Two names match when their last names are equal
 * and their first names are equal, missing on one side, one letter apart (transliteration) or one
 * the short form of the other ("Chris" / "Christopher");
 * a last name one letter apart ("Gorbunov" / "Gorbunow") needs a matching first name.
 * Middle names and initials are ignored. The canonical form is the most frequent full name.
 */
public final class NameAliases {
    private final Map<String, String> canonical = new HashMap<>();

    /** Builds the alias table from every occurrence of a name (repeats count towards the canonical choice). */
    public NameAliases(Collection<String> occurrences) {
        this(occurrences, java.util.Set.of(), java.util.Set.of());
    }

    /**
     * Builds the alias table; a lone name that fits several people ("Osman" with "Nora Osman" and her sister "Radwa
     * Osman") joins the one a report names as a victim, else one the reports do not quote (the quoted one is the
     * relative who tells the story: "Gregory Cooper said he and his brother Joshua Cooper ..." then "Cooper was shot").
     */
    public NameAliases(Collection<String> occurrences, java.util.Set<String> victims, java.util.Set<String> speakers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String n : occurrences) if (isName(n)) counts.merge(n, 1, Integer::sum);
        List<List<String>> groups = new ArrayList<>();
        List<String> names = new ArrayList<>(counts.keySet());
        // full names first so a bare surname joins an existing group
        names.sort(Comparator.comparingInt((String n) -> -untitled(n).size()).thenComparing(Comparator.naturalOrder()));
        for (String n : names) {
            List<List<String>> fits = new ArrayList<>();
            for (List<String> g : groups) {
                // a lone name is compared with the group's full names only: "Rohan" joins "Rohan Levy" although the
                // group also holds "Levy"
                boolean lone = significant(n).size() == 1 && g.stream().anyMatch(m -> significant(m).size() > 1);
                if (g.stream().filter(m -> !lone || significant(m).size() > 1).allMatch(m -> same(m, n))) fits.add(g);
            }
            List<String> target = fits.stream().filter(g -> g.stream().anyMatch(victims::contains)).findFirst()
                    .or(() -> fits.stream().filter(g -> g.stream().noneMatch(speakers::contains)).findFirst())
                    .or(() -> fits.stream().findFirst()).orElse(null);
            if (target == null) groups.add(target = new ArrayList<>());
            target.add(n);
        }
        for (List<String> g : groups) {
            String best = g.stream().max(Comparator
                    .comparingInt((String n) -> untitled(n).size() >= 2 ? 1 : 0)
                    .thenComparingInt(n -> counts.get(n))
                    .thenComparingInt(n -> significant(n).size()) // "Kelsey Nicole Brady" over "Nicole Brady"
                    .thenComparingInt(n -> -n.length())
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            g.forEach(n -> canonical.put(n, best));
        }
    }

    /** The canonical spelling of a name, or the input unchanged when it is not a known name. */
    public String canonical(String name) {
        return canonical.getOrDefault(name, name);
    }

    /** A capitalized word sequence that is not one of the role placeholders. */
    public static boolean isName(String s) {
        return s != null && !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    static boolean same(String a, String b) {
        List<String> x = significant(a), y = significant(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        // a lone name matches the first or last name of a full one ("Karlov", "Ketron" / "Ketron Nathan")
        if (x.size() == 1 || y.size() == 1) {
            List<String> lone = x.size() == 1 ? x : y, full = lone == x ? y : x;
            return full.get(full.size() - 1).equals(lone.get(0)) || full.get(0).equals(lone.get(0));
        }
        String lx = x.get(x.size() - 1), ly = y.get(y.size() - 1), fx = x.get(0), fy = y.get(0);
        // a name written without the first name of a longer one ("Nicole Brady" / "Kelsey Nicole Brady", "Milo Flores" /
        // "Emilio Milo Flores"): the shorter's words in order within the longer, surname last
        if (lx.equals(ly) && (inOrder(x, y) || inOrder(y, x))) return true;
        // a short form of the first name ("Chris" / "Christopher", "Ron" / "Ronald") is the same person
        boolean firstClose = fx.equals(fy) || close(fx, fy) || shortForm(fx, fy) || shortForm(fy, fx);
        // transliterated surnames ("Gorbunov" / "Gorbunow") only together with a matching first name
        return lx.equals(ly) ? firstClose : firstClose && lx.length() >= 5 && close(lx, ly);
    }

    /** Every word of a (two words or more) in b, in the same order, b being longer. */
    private static boolean inOrder(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() <= a.size()) return false;
        int j = 0;
        for (String w : b) if (j < a.size() && w.equals(a.get(j))) j++;
        return j == a.size();
    }

    private static boolean shortForm(String shorter, String longer) {
        return shorter.length() >= 3 && longer.length() > shorter.length() && longer.startsWith(shorter);
    }

    /** One letter apart, same initial: a transliteration ("Andrey" / "Andrei") or a slip ("Malijah" / "Malijha"). */
    private static boolean close(String a, String b) {
        return a.charAt(0) == b.charAt(0) && editDistance(a, b) <= 1;
    }

    /** A generation after the surname ("Nicholas Cardillo III", "Malik Cosey Jr.") is no other name: a story's father and son rarely both are its victims. */
    private static final java.util.Set<String> GENERATIONS = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    /** A courtesy title is no first name: "Ms. Freeman" is the surname alone, and joins "Dynasty Freeman". */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "dr");

    private static List<String> untitled(String name) {
        List<String> words = Words.of(name);
        return words.size() > 1 && TITLES.contains(words.get(0)) ? words.subList(1, words.size()) : words;
    }

    private static List<String> significant(String name) {
        List<String> words = untitled(name).stream().filter(w -> w.length() > 1).toList();
        return words.size() > 1 && GENERATIONS.contains(words.get(words.size() - 1)) ? words.subList(0, words.size() - 1) : words;
    }

    /** Edits (insert, delete, replace, or swap two neighbouring letters: "Malijah" / "Malijha") between two words. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
