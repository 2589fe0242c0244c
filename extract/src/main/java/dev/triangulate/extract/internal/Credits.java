package dev.triangulate.extract.internal;

import java.util.regex.Pattern;

/** Names a page gives its journalists and photographers, which no rule should read as a victim's. */
final class Credits {
    private Credits() {}

    /**
     * "Photo: Jane Roe", "Jane Roe (@JaneRoeTV) May 2, 2031" (an embedded post), "Jane Roe and Al Poe contributed to this report",
     * "Jane Roe / Chicago Tribune" (a photographer and the paper, under a picture).
     */
    static boolean credited(String name, String sentence) {
        String n = Pattern.quote(name);
        return Pattern.compile("(?:Photo|Photos|Image|Video|Credit)\\s*:\\s*" + n
                + "|" + n + "\\s*\\(@\\w+\\)"
                + "|" + n + "[^.!?]{0,80}\\bcontributed\\b"
                + "|" + n + " / \\p{Lu}").matcher(sentence).find();
    }
}
