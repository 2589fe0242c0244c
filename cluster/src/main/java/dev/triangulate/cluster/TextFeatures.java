package dev.triangulate.cluster;

import dev.triangulate.model.Article;
import dev.triangulate.model.Words;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light, library-free features of one article for clustering: content words, capitalized
 * name tokens (entity proxies), places from a small gazetteer and "in X" phrases, the
 * publication day, dates mentioned in the text, and ages ("22-year-old").
 *
 * <p>Everything here is a pure function of the article, so it can run in parallel and is
 * deterministic.
 */
final class TextFeatures {
    private TextFeatures() {}

    /** Unknown day marker. */
    static final int NO_DAY = Integer.MIN_VALUE;

    /**
     * Features of one article.
     *
     * @param day    publication day (epoch day) or {@link #NO_DAY}
     * @param terms  content word → count (stop words removed, light plural stemming)
     * @param names  name token → count, from capitalized words that never occur in lower case in the text
     * @param places place keys ("us-nc", "c-fr", "in:rocky mount")
     * @param dates  days mentioned in the text (explicit dates; weekdays and "yesterday" resolved against publication)
     * @param ages   ages stated as "N-year-old" or "Name, N,"
     * @param phrases two-word names ("port lillian") and number phrases ("5700 block", "route 61")
     * @param titleTerms content words of the title (or of the first line when there is no title)
     */
    record Features(String id, int day, Map<String, Integer> terms, Map<String, Integer> names,
                    Set<String> places, Set<Integer> dates, Set<Integer> ages, Set<String> phrases,
                    Set<String> titleTerms) {}

    static Features of(Article a) {
        a = withoutPlaylist(a);
        String text = a.text();
        int day = a.published() == null ? NO_DAY
                : (int) a.published().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
        Map<String, Integer> terms = contentTerms(a.title() + "\n" + contentLines(a.body()));
        Set<String> phrases = new TreeSet<>();
        Map<String, Integer> names = names(a.title(), a.body(), phrases);
        Set<String> places = places(text);
        Set<Integer> dates = dates(text, day);
        Set<Integer> ages = ages(text);
        String title = a.title();
        if (title.isEmpty()) {
            int nl = a.body().indexOf('\n');
            title = nl < 0 ? a.body() : a.body().substring(0, nl);
            if (title.length() > 200) title = title.substring(0, 200);
        }
        Set<String> titleTerms = new TreeSet<>(contentTerms(title).keySet());
        return new Features(a.id(), day, terms, names, places, dates, ages, phrases, titleTerms);
    }

    private static final Pattern PLAYLIST_LINE = Pattern.compile("(?m)^[ \\t]*\\d{1,2}:\\d{2}[ \\t]+(?![ap]\\.?m\\b|[AP]\\.?M\\b)\\S.*$\\R?");

    /**
     * The article without a video playlist: lines that start with a clip duration ("0:47 Driver shot to death
     * on Blackstone Pause"), when there are at least two. A site shows the same list beside all its stories
     * of the day, so it made unrelated stories of one outlet look alike.
     */
    static Article withoutPlaylist(Article a) {
        Matcher m = PLAYLIST_LINE.matcher(a.body());
        int n = 0;
        while (m.find() && n < 2) n++;
        if (n < 2) return a;
        String body = PLAYLIST_LINE.matcher(a.body()).replaceAll("");
        return new Article(a.id(), a.title(), body, a.outlet(), a.url(), a.published(), a.author(), a.language(), a.origin());
    }

    /** The body without short lines (menus, buttons, captions credits: fewer than 5 words). */
    static String contentLines(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (String line : LINE_SPLIT.split(body)) {
            int words = 0;
            boolean inWord = false;
            for (int i = 0; i < line.length() && words < 5; i++) {
                boolean w = Character.isLetterOrDigit(line.charAt(i));
                if (w && !inWord) words++;
                inWord = w;
            }
            if (words >= 5) out.append(line).append('\n');
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- content words

    static final Set<String> STOP = Set.of((
            "a about above after again against all also am an and any are as at be because been before being "
            + "below between both but by can could did do does doing down during each few for from further had "
            + "has have having he her here hers herself him himself his how i if in into is it its itself just "
            + "me more most my myself no nor not now of off on once only or other our ours ourselves out over own "
            + "same she should so some such than that the their theirs them themselves then there these they this "
            + "those through to too under until up very was we were what when where which while who whom why will "
            + "with would you your yours yourself yourselves said says say told according one two three four five "
            + "six seven eight nine ten first last new may might must shall us s t re ve ll d m nt dont didnt "
            + "doesnt isnt wasnt werent cant couldnt wont wouldnt get got go going went come came make made "
            + "like well back even still since around another many much via per however yet").split(" "));

    /** Light stemming: plural and possessive endings. */
    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) return w.substring(0, n - 3) + "y";
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    static Map<String, Integer> contentTerms(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : Words.of(text)) {
            if (w.length() < 2 || STOP.contains(w)) continue;
            if (w.length() > 30) continue;
            boolean digits = w.chars().allMatch(Character::isDigit);
            if (digits && w.length() < 2) continue;
            String t = digits ? w : stem(w);
            out.merge(t, 1, Integer::sum);
        }
        return out;
    }

    // ---------------------------------------------------------------- names

    /** Capitalized words that are not names (besides stop words, which are always excluded). */
    static final Set<String> NOT_NAMES = Set.of((
            "january february march april may june july august september october november december jan feb mar "
            + "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
            + "mr mrs ms dr st jr sr mt ft lt sgt capt det gov sen rep officer police sheriff "
            + "facebook twitter google pinterest email print advertisement javascript close comment comments "
            + "share tweet video photo photos copyright reserved rights associated press reuters "
            + "am pm a.m p.m inc co corp").split(" "));

    private static final Pattern LINE_SPLIT = Pattern.compile("\\R");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    static Map<String, Integer> names(String title, String body) {
        return names(title, body, new TreeSet<>());
    }

    /** Name tokens; also collects two-word phrases of names and numbers into {@code phrases}. */
    static Map<String, Integer> names(String title, String body, Set<String> phrases) {
        String text = title.isEmpty() ? body : title + "\n" + body;
        // Lower-case occurrences: a capitalized word whose lower-case form appears in the text is a common word.
        Set<String> lower = new HashSet<>();
        for (String raw : SPACE.split(text)) {
            String t = strip(raw);
            if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) lower.addAll(pieces(t));
        }
        Map<String, Integer> out = new HashMap<>();
        for (String line : LINE_SPLIT.split(text)) {
            String[] raw = SPACE.split(line.strip());
            if (raw.length == 0) continue;
            boolean headline = headlineLike(raw);
            String prev = null;       // previous token (folded) when it was a name word or a number
            boolean prevNumber = false;
            for (String r : raw) {
                String t = strip(r);
                boolean boundary = t.isEmpty() || r.length() - t.length() > 0 && endsClause(r);
                String cur = null;
                boolean curNumber = false;
                if (!t.isEmpty() && isNumber(t)) {
                    cur = t;
                    curNumber = true;
                } else if (!headline && t.length() >= 2 && capitalized(t)) {
                    String f = t.toLowerCase(Locale.ROOT);
                    if (!STOP.contains(f) && !NOT_NAMES.contains(f)) cur = String.join("", pieces(t));
                } else if (!t.isEmpty() && prevNumber && Character.isLowerCase(t.charAt(0))) {
                    String f = t.toLowerCase(Locale.ROOT);
                    if (!STOP.contains(f)) phrases.add(prev + " " + stem(f));
                }
                if (cur != null && prev != null && !(prevNumber && curNumber)) phrases.add(prev + " " + cur);
                prev = boundary ? null : cur;
                prevNumber = curNumber && !boundary;
                if (headline || t.length() < 2 || !capitalized(t)) continue;
                // a hyphenated or dotted token: keep letters only
                for (String piece : pieces(t)) {
                    if (piece.length() < 2 || STOP.contains(piece) || NOT_NAMES.contains(piece)) continue;
                    if (lower.contains(piece)) continue;
                    if (Character.isDigit(piece.charAt(0))) continue;
                    out.merge(piece, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static boolean isNumber(String t) {
        if (t.length() < 2 || t.length() > 6) return false;
        for (int i = 0; i < t.length(); i++) if (!Character.isDigit(t.charAt(i))) return false;
        return true;
    }

    /** Whether a raw token ends with clause punctuation (comma, period, colon...) after the word. */
    private static boolean endsClause(String raw) {
        char c = raw.charAt(raw.length() - 1);
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"' || c == '”';
    }

    private static boolean capitalized(String t) {
        char c = t.charAt(0);
        if (!Character.isUpperCase(c)) return false;
        boolean hasLower = false;
        for (int i = 1; i < t.length(); i++) if (Character.isLowerCase(t.charAt(i))) { hasLower = true; break; }
        return hasLower || t.length() <= 5; // short all-caps acronyms (FBI, NYPD) count
    }

    /** A title-case or all-caps line (headline, menu): capitalization says nothing there. */
    private static boolean headlineLike(String[] raw) {
        int words = 0, caps = 0;
        for (String r : raw) {
            String t = strip(r);
            if (t.length() < 4 || !Character.isLetter(t.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(t.charAt(0))) caps++;
        }
        return words >= 3 && caps >= 0.7 * words;
    }

    private static String strip(String raw) {
        int b = 0, e = raw.length();
        while (b < e && !Character.isLetterOrDigit(raw.charAt(b))) b++;
        while (e > b && !Character.isLetterOrDigit(raw.charAt(e - 1))) e--;
        String t = raw.substring(b, e);
        if (t.endsWith("'s") || t.endsWith("’s")) t = t.substring(0, t.length() - 2);
        return t;
    }

    /** {@link Words#of} of one token, with a fast path for plain ASCII letters. */
    private static List<String> pieces(String t) {
        boolean plain = true;
        for (int i = 0; i < t.length() && plain; i++) {
            char c = t.charAt(i);
            plain = c < 128 && Character.isLetter(c);
        }
        return plain ? List.of(t.toLowerCase(Locale.ROOT)) : Words.of(t);
    }

    // ---------------------------------------------------------------- places

    /** Alias → place key. */
    private static final Map<String, String> PLACE_ALIASES = new HashMap<>();
    /** First word of an alias → aliases starting with it, longest first. */
    private static final Map<String, List<String>> ALIASES_BY_FIRST_WORD = new HashMap<>();
    private static final Set<String> POSTAL = new HashSet<>();
    private static final Pattern POSTAL_PATTERN = Pattern.compile(", ([A-Z]{2})(?![\\p{L}])");
    private static final Pattern IN_PLACE = Pattern.compile(
            "\\b(?:in|near|In|Near)\\s+((?:[A-Z][\\p{L}'’.-]+)(?:\\s+[A-Z][\\p{L}'’.-]+){0,2})");

    static {
        for (dev.triangulate.model.Gazetteer.Place place : dev.triangulate.model.Gazetteer.places()) {
            for (String alias : place.names()) {
                if (alias.length() == 2 && alias.equals(alias.toUpperCase(Locale.ROOT))) {
                    POSTAL.add(alias);
                    PLACE_ALIASES.put("#" + alias, place.key());
                } else {
                    PLACE_ALIASES.put(alias, place.key());
                    ALIASES_BY_FIRST_WORD.computeIfAbsent(firstWord(alias, 0), k -> new ArrayList<>()).add(alias);
                }
            }
        }
        for (List<String> l : ALIASES_BY_FIRST_WORD.values()) {
            l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        }
    }

    /** The run of letters starting at {@code i}. */
    private static String firstWord(String s, int i) {
        int e = i;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return s.substring(i, e);
    }

    static Set<String> places(String text) {
        Set<String> out = new TreeSet<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) || (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.'))) {
                continue;
            }
            List<String> cands = ALIASES_BY_FIRST_WORD.get(firstWord(text, i));
            if (cands == null) continue;
            for (String alias : cands) {
                int end = i + alias.length();
                if (text.startsWith(alias, i) && (end >= n || !Character.isLetter(text.charAt(end)))) {
                    out.add(PLACE_ALIASES.get(alias));
                    break;
                }
            }
        }
        Matcher m = POSTAL_PATTERN.matcher(text);
        while (m.find()) {
            if (POSTAL.contains(m.group(1))) out.add(PLACE_ALIASES.get("#" + m.group(1)));
        }
        m = IN_PLACE.matcher(text);
        while (m.find()) {
            List<String> ws = new ArrayList<>();
            for (String w : Words.of(m.group(1))) {
                if (STOP.contains(w) || NOT_NAMES.contains(w)) break;
                ws.add(w);
            }
            if (!ws.isEmpty()) out.add("in:" + String.join(" ", ws));
        }
        return out;
    }

    // ---------------------------------------------------------------- dates

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new TreeMap<>();

    static {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            MONTHS.put(full[i], i + 1);
            MONTHS.put(full[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
        for (DayOfWeek d : DayOfWeek.values()) WEEKDAYS.put(d.name().toLowerCase(Locale.ROOT), d);
    }

    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|"
            + "Oct|October|Nov|November|Dec|December)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,?\\s*((?:19|20)\\d\\d)\\b)?");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\b(?:yesterday|last night)\\b", Pattern.CASE_INSENSITIVE);

    static Set<Integer> dates(String text, int pubDay) {
        Set<Integer> out = new TreeSet<>();
        LocalDate pub = pubDay == NO_DAY ? null : LocalDate.ofEpochDay(pubDay);
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            int dom = Integer.parseInt(m.group(2));
            Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            add(out, year, month, dom, pub);
        }
        m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int dom = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            if (y < 100) y += 2000;
            add(out, y, month, dom, pub);
        }
        if (pub != null) {
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                DayOfWeek dow = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
                int back = (pub.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
                out.add(pubDay - back);
            }
            if (YESTERDAY.matcher(text).find()) out.add(pubDay - 1);
        }
        return out;
    }

    private static void add(Set<Integer> out, Integer year, int month, int dom, LocalDate pub) {
        if (month < 1 || month > 12 || dom < 1 || dom > 31) return;
        try {
            if (year != null) {
                out.add((int) LocalDate.of(year, month, dom).toEpochDay());
            } else if (pub != null) {
                LocalDate d = LocalDate.of(pub.getYear(), month, dom);
                if (d.isAfter(pub.plusDays(7))) d = d.minusYears(1);
                out.add((int) d.toEpochDay());
            }
        } catch (java.time.DateTimeException e) {
            // e.g. February 30: ignore
        }
    }

    // ---------------------------------------------------------------- ages

    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,3})\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*old\\b|\\b[A-Z][\\p{L}'’-]+\\s*,\\s*(\\d{1,2})\\s*,");

    static Set<Integer> ages(String text) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2);
            int age = Integer.parseInt(g);
            if (age > 0 && age < 110) out.add(age);
        }
        return out;
    }
}
