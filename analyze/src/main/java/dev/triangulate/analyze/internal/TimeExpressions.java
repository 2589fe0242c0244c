package dev.triangulate.analyze.internal;

import dev.triangulate.model.TimeMention;
import dev.triangulate.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalizes the time expressions news reports use, in place of SUTime (which costs
 * as much as the rest of the analysis together). Values follow SUTime's TIMEX3 conventions:
 * {@code 2016-12-19}, {@code 2016-12-19TEV} (evening), {@code 2016-12-19T19:05}, {@code 2016-12},
 * {@code 2016}, {@code 2016-W50}, durations {@code P2D}, {@code PT3H}.
 *
 * <p>Relative expressions are anchored to the publication day, and a bare weekday is the most
 * recent such day on or before it: reports tell of the past (SUTime sometimes picks the coming
 * one). A clock time followed by a numeric UTC offset ("08:04 -0500") keeps the offset in its
 * value: that is a page timestamp, not a time in the story.
 */
final class TimeExpressions {
    private TimeExpressions() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, String> PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "overnight", "NI", "tonight", "NI");
    private static final Map<String, Integer> RELATIVE_DAYS = Map.of("today", 0, "yesterday", -1, "tomorrow", 1,
            "tonight", 0);
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("second", "S"), Map.entry("minute", "M"), Map.entry("hour", "H"), Map.entry("day", "D"),
            Map.entry("week", "W"), Map.entry("month", "M"), Map.entry("year", "Y"), Map.entry("decade", "10Y"));
    private static final Set<String> ZONES = Set.of("et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt",
            "pst", "pdt", "gmt", "utc", "bst", "cet", "cest");
    /** Words that join two parts of one expression: "10:30 a.m. on Tuesday", "the night of Dec. 18". */
    private static final Set<String> JOINERS = Set.of("on", "of", "at", ",", "about", "around", "the", "in");
    /** Words before a bare year or month that make it a date: "in 2015", "since March". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "during",
            "from", "before", "after", "of", "early", "late", "mid", "through", "between", "and");
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid");

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::\\d{2})?([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR_AMPM = Pattern.compile("(\\d{1,2})([ap]\\.?m\\.?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMPM = Pattern.compile("[ap]\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d{4}");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern AGE = Pattern.compile("(\\w+)-(year|month|week|day)-old", Pattern.CASE_INSENSITIVE);

    /** The parts of one expression found so far. */
    private static final class Parts {
        Integer month, day, year, hour, minute, relativeDays;
        DayOfWeek weekday;
        boolean previousWeekday;
        String part, offset, special, duration;
        LocalDate explicit;

        boolean empty() {
            return month == null && day == null && year == null && hour == null && relativeDays == null && weekday == null
                    && part == null && special == null && explicit == null && duration == null;
        }

        boolean hasDate() {
            return explicit != null || day != null || relativeDays != null || weekday != null || special != null;
        }
    }

    /**
     * Time expressions of one article's tokens, normalized against {@code published} (values
     * that need the publication day are null when it is unknown).
     */
    static List<TimeMention> find(List<Token> tokens, LocalDate published) {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = sentenceEnd(tokens, i);
            int first = i;
            if (MODIFIERS.contains(tokens.get(i).lower()) && i + 1 < end) first = i + 1;
            Parts p = new Parts();
            int next = component(tokens, first, end, p, published);
            if (next < 0) {
                i++;
                continue;
            }
            int last = next - 1;
            // more parts joined to the first: "Monday evening", "7:05 p.m. Monday", "Dec. 19, 2016"
            while (p.duration == null && next < end) {
                int j = next;
                while (j < end && j - next < 2 && JOINERS.contains(tokens.get(j).lower())) j++;
                int k = component(tokens, j, end, p, published);
                if (k < 0) break;
                last = k - 1;
                next = k;
            }
            String value = value(p, published);
            String type = p.duration != null ? "DURATION" : p.hour != null || p.part != null ? "TIME" : "DATE";
            if (p.duration == null && !standsAlone(tokens, i, first, last, p)) {
                i++;
                continue;
            }
            Token a = tokens.get(i), b = tokens.get(last);
            out.add(new TimeMention(text(tokens, i, last), value, type, a.sentence(), i, last, a.begin(), b.end()));
            i = last + 1;
        }
        return out;
    }

    /**
     * Matches one part of an expression at {@code i}, adds it to {@code p} and returns the index
     * after it, or -1 when there is none (or it would repeat a part already there).
     */
    private static int component(List<Token> tokens, int i, int end, Parts p, LocalDate published) {
        if (i >= end) return -1;
        Token t = tokens.get(i);
        String w = t.lower();
        String next = i + 1 < end ? tokens.get(i + 1).lower() : "";
        Matcher m;
        if (p.empty() && (m = AGE.matcher(t.text())).matches()) {
            Integer n = number(m.group(1));
            if (n == null) return -1;
            p.duration = "P" + n + Character.toUpperCase(m.group(2).charAt(0));
            return i + 1;
        }
        // "22-year-old", "a 10-year sentence" (the tokenizer splits at hyphens)
        Integer n = number(t.text());
        if (p.empty() && n != null && next.equals("-") && i + 2 < end && unit(tokens.get(i + 2).lower()) != null) {
            p.duration = duration(n, unit(tokens.get(i + 2).lower()), tokens.get(i + 2).lower());
            int j = i + 3;
            return j + 1 < end && tokens.get(j).text().equals("-") && tokens.get(j + 1).lower().equals("old") ? j + 2 : j;
        }
        // "three hours", "two days ago", "two days later"
        String unit = unit(next);
        if (p.empty() && n != null && unit != null) {
            String after = i + 2 < end ? tokens.get(i + 2).lower() : "";
            if ((after.equals("ago") || after.equals("earlier") || after.equals("later")) && unit.equals("D")) {
                p.relativeDays = after.equals("later") ? n : -n;
                return i + 3;
            }
            p.duration = duration(n, unit, next);
            return i + 2;
        }
        // "last night", "this morning", "last week", "next month", "last Monday"
        if ((w.equals("last") || w.equals("this") || w.equals("next") || w.equals("past")) && p.relativeDays == null
                && p.special == null && p.weekday == null && p.explicit == null && p.day == null) {
            int sign = w.equals("next") ? 1 : w.equals("this") ? 0 : -1;
            if (PARTS.containsKey(next) && p.part == null) {
                if (sign > 0) return -1;
                p.relativeDays = next.equals("night") || next.equals("evening") ? sign : 0;
                if (w.equals("this")) p.relativeDays = 0;
                p.part = PARTS.get(next);
                return i + 2;
            }
            if (published != null) {
                switch (next) {
                    case "week" -> {
                        LocalDate d = published.plusWeeks(sign);
                        p.special = String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                        return i + 2;
                    }
                    case "month" -> {
                        LocalDate d = published.plusMonths(sign);
                        p.special = String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
                        return i + 2;
                    }
                    case "year" -> {
                        p.special = Integer.toString(published.getYear() + sign);
                        return i + 2;
                    }
                    default -> { }
                }
            }
            DayOfWeek d = weekday(next);
            if (d != null && sign < 0) {
                p.weekday = d;
                p.previousWeekday = true;
                return i + 2;
            }
            return -1;
        }
        if (RELATIVE_DAYS.containsKey(w) && p.relativeDays == null && p.weekday == null && !p.hasDate()) {
            p.relativeDays = RELATIVE_DAYS.get(w);
            if (w.equals("tonight")) p.part = "NI";
            return i + 1;
        }
        DayOfWeek d = weekday(w);
        if (d != null) {
            if (p.weekday != null || p.relativeDays != null) return -1;
            p.weekday = d;
            return tokens.size() > i + 1 && i + 1 < end && next.equals("'s") ? i + 2 : i + 1;
        }
        if (PARTS.containsKey(w) && !w.equals("tonight")) {
            if (p.part != null) return -1;
            p.part = PARTS.get(w);
            return i + 1;
        }
        if (w.equals("noon") || w.equals("midnight") || w.equals("midday")) {
            if (p.hour != null) return -1;
            p.hour = w.equals("midnight") ? 0 : 12;
            p.minute = 0;
            return i + 1;
        }
        // clock times: "7:05", "7:05 p.m.", "7 p.m.", "7pm", optionally a zone or an offset
        int k = clock(tokens, i, end, p);
        if (k >= 0) return k;
        // dates
        if ((m = ISO_DATE.matcher(t.text())).matches() && p.explicit == null && p.month == null) {
            p.explicit = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return p.explicit == null ? -1 : i + 1;
        }
        if ((m = US_DATE.matcher(t.text())).matches() && p.explicit == null && p.month == null) {
            int y = Integer.parseInt(m.group(3));
            p.explicit = date(y < 100 ? 2000 + y : y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return p.explicit == null ? -1 : i + 1;
        }
        Integer month = month(t, next);
        if (month != null && p.month == null && p.explicit == null) {
            p.month = month;
            int j = i + 1;
            if (j < end && tokens.get(j).text().equals(".")) j++;
            Integer day = j < end ? day(tokens.get(j).text()) : null;
            if (day != null && p.day == null) {
                p.day = day;
                j++;
            }
            // "Dec. 19, 2016", "December 2016"
            int y = j < end && tokens.get(j).text().equals(",") && p.day != null ? j + 1 : j;
            if (y < end && YEAR.matcher(tokens.get(y).text()).matches() && p.year == null) {
                p.year = Integer.parseInt(tokens.get(y).text());
                j = y + 1;
            }
            return j;
        }
        // "19 December 2016"
        Integer day = day(t.text());
        if (day != null && p.day == null && p.month == null && i + 1 < end) {
            Integer mo = month(tokens.get(i + 1), i + 2 < end ? tokens.get(i + 2).lower() : "");
            if (mo != null && (tokens.get(i + 1).text().length() > 3 || Character.isUpperCase(tokens.get(i + 1).text().charAt(0)))) {
                p.day = day;
                p.month = mo;
                int j = i + 2;
                if (j < end && YEAR.matcher(tokens.get(j).text()).matches()) {
                    p.year = Integer.parseInt(tokens.get(j).text());
                    j++;
                }
                return j;
            }
        }
        // a year, but not an amount ("2015 dollars") or part of a number
        if (YEAR.matcher(t.text()).matches() && p.year == null && p.explicit == null
                && (i == 0 || !tokens.get(i - 1).text().matches("[\\d$€£.,]+"))
                && (i + 1 >= end || !tokens.get(i + 1).pos().startsWith("NN") || !p.empty())) {
            p.year = Integer.parseInt(t.text());
            return i + 1;
        }
        return -1;
    }

    private static int clock(List<Token> tokens, int i, int end, Parts p) {
        if (p.hour != null) return -1;
        String s = tokens.get(i).text();
        Matcher m;
        int hour, minute, j;
        String ampm;
        if ((m = CLOCK.matcher(s)).matches()) {
            hour = Integer.parseInt(m.group(1));
            minute = Integer.parseInt(m.group(2));
            ampm = m.group(3);
            j = i + 1;
            if (ampm == null && j < end && AMPM.matcher(tokens.get(j).text()).matches()) ampm = tokens.get(j++).text();
        } else if ((m = HOUR_AMPM.matcher(s)).matches()) {
            hour = Integer.parseInt(m.group(1));
            minute = 0;
            ampm = m.group(2);
            j = i + 1;
        } else if (s.matches("\\d{1,2}") && i + 1 < end && AMPM.matcher(tokens.get(i + 1).text()).matches()) {
            hour = Integer.parseInt(s);
            minute = 0;
            ampm = tokens.get(i + 1).text();
            j = i + 2;
        } else {
            return -1;
        }
        if (minute > 59 || hour > 23 || ampm != null && (hour > 12 || hour == 0)) return -1;
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        p.hour = hour;
        p.minute = minute;
        if (j < end && OFFSET.matcher(tokens.get(j).text()).matches()) p.offset = tokens.get(j++).text();
        else if (j < end && ZONES.contains(tokens.get(j).lower())) j++;
        return j;
    }

    /** A lone year, month or part of day is only a date after a preposition ("in 2015", "since March"). */
    private static boolean standsAlone(List<Token> tokens, int start, int first, int last, Parts p) {
        boolean weak = !p.hasDate() && p.hour == null && (p.part != null || p.month == null || p.year == null);
        boolean onlyPart = p.part != null && !p.hasDate() && p.month == null && p.year == null && p.hour == null;
        boolean onlyYearOrMonth = p.part == null && p.hour == null && !p.hasDate() && (p.year != null || p.month != null);
        if (!weak && !onlyYearOrMonth) return true;
        String before = start > 0 && tokens.get(start - 1).sentence() == tokens.get(start).sentence()
                ? tokens.get(start - 1).lower() : "";
        if (onlyPart) {
            return start < first || Set.of("the", "this", "that", "in", "overnight").contains(before)
                    || tokens.get(first).lower().equals("overnight");
        }
        if (onlyYearOrMonth) {
            if (p.month != null && p.year != null) return true;
            return start < first || DATE_PREPOSITIONS.contains(before);
        }
        return true;
    }

    private static String value(Parts p, LocalDate published) {
        if (p.duration != null) return p.duration;
        LocalDate date = null;
        String partial = null;
        if (p.explicit != null) {
            date = p.explicit;
        } else if (p.month != null) {
            Integer year = p.year != null ? p.year : published != null ? published.getYear() : null;
            if (p.day != null) {
                date = year == null ? null : date(year, p.month, p.day);
                if (date == null) partial = String.format(Locale.ROOT, "XXXX-%02d-%02d", p.month, p.day);
            } else {
                partial = year == null ? String.format(Locale.ROOT, "XXXX-%02d", p.month)
                        : String.format(Locale.ROOT, "%d-%02d", year, p.month);
            }
        } else if (p.relativeDays != null) {
            if (published != null) date = published.plusDays(p.relativeDays);
        } else if (p.weekday != null) {
            if (published != null) {
                date = p.previousWeekday ? published.with(TemporalAdjusters.previous(p.weekday))
                        : published.with(TemporalAdjusters.previousOrSame(p.weekday));
            }
        } else if (p.special != null) {
            partial = p.special;
        } else if (p.year != null) {
            partial = Integer.toString(p.year);
        }
        boolean timeOfDay = p.hour != null || p.part != null;
        if (timeOfDay && date == null && partial == null) {
            if (published == null) return null;
            date = published;
        }
        String base = date != null ? date.toString() : partial;
        if (base == null) return null;
        if (p.hour != null && date != null) {
            return base + String.format(Locale.ROOT, "T%02d:%02d", p.hour, p.minute) + (p.offset == null ? "" : p.offset);
        }
        if (p.part != null && date != null) return base + "T" + p.part;
        return base;
    }

    private static int sentenceEnd(List<Token> tokens, int i) {
        int s = tokens.get(i).sentence();
        int j = i;
        while (j < tokens.size() && tokens.get(j).sentence() == s) j++;
        return j;
    }

    private static String text(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder(tokens.get(first).text());
        for (int k = first + 1; k <= last; k++) {
            if (tokens.get(k).begin() > tokens.get(k - 1).end()) sb.append(' ');
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    private static DayOfWeek weekday(String lower) {
        String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(w)) return d;
        }
        return null;
    }

    /** A capitalized month name or abbreviation; "May" and "March" only when a day or year follows or a date preposition precedes. */
    private static Integer month(Token t, String nextLower) {
        String s = t.text();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return null;
        String w = t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
        Integer m = MONTHS.get(w);
        if (m == null) return null;
        if (w.equals("may") || w.equals("march") || w.equals("mar") || w.equals("jun") || w.equals("jan")) {
            boolean dayOrYear = nextLower.matches("\\d{1,2}(st|nd|rd|th)?|(1[89]|20)\\d{2}|\\.");
            if (!dayOrYear && !t.pos().startsWith("NNP")) return null;
            if (w.equals("may") && !dayOrYear) return null; // the modal verb, capitalized at a sentence start
        }
        return m;
    }

    private static Integer day(String s) {
        Matcher m = DAY.matcher(s);
        if (!m.matches()) return null;
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? d : null;
    }

    private static String unit(String lower) {
        String w = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return UNITS.get(w);
    }

    /** TIMEX3 duration: "PT3H", "P2D", "P22Y". */
    private static String duration(int n, String unit, String unitWord) {
        if (unit.equals("10Y")) return "P" + (n * 10) + "Y";
        boolean clockUnit = unit.equals("S") || unit.equals("H") || unit.equals("M") && unitWord.startsWith("minute");
        return (clockUnit ? "PT" : "P") + n + unit;
    }

    private static Integer number(String s) {
        if (s.matches("\\d{1,4}")) return Integer.parseInt(s);
        Double v = NumberWords.value(s.toLowerCase(Locale.ROOT));
        return v == null || v != Math.floor(v) ? null : v.intValue();
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
