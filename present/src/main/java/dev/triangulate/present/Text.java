package dev.triangulate.present;

import dev.triangulate.model.FactValue;
import dev.triangulate.model.Qualifier;

/** Wording and escaping shared by every renderer (reports and the server's pages). */
public final class Text {
    private Text() {}

    /** "at least 3", "about 40", "dozens", "Ankara". */
    public static String display(FactValue v) {
        return display(v.qualifier(), v.value());
    }

    /** A value with its qualifier in words; exact values and vague amounts ("dozens") stand alone. */
    public static String display(Qualifier q, String value) {
        if (q == null || q == Qualifier.EXACT || q == Qualifier.SEVERAL) return value;
        return q.words() + " " + value;
    }

    /** Text safe inside HTML elements and quoted attributes; null becomes "". */
    public static String html(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
