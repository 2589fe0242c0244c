package dev.triangulate.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper names the tagger reads as a person's that the sentence writes as a place, a business or
 * a school: after a preposition of place or an article ("in ICU at Ben Taub", "owned The Twisted
 * Rooster, where he was killed", "a student of the Jeremiah E. Burke High School", "in downtown
 * Des Moines has died"). A person's possessive after them is still a person's ("at Lee Park's
 * home" aside, "in Tomas Varga's death").
 */
final class PlaceLikeNames {
    private PlaceLikeNames() {}

    private static final Pattern BEFORE = Pattern.compile("(?:^|\\W)(?:at|in|into|from|near|outside|downtown|the|The)\\s+$");

    /**
     * Whether every mention of the name in the sentence follows a preposition of place or an article.
     *
     * @param name     the victim name a rule found
     * @param sentence the stating sentence
     * @return false when the sentence does not write the name at all
     */
    static boolean only(String name, String sentence) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.strip()) + "(?![\\p{L}])").matcher(sentence);
        boolean any = false;
        while (m.find()) {
            any = true;
            boolean possessive = sentence.startsWith("'s", m.end()) || sentence.startsWith("’s", m.end());
            String before = sentence.substring(Math.max(0, m.start() - 12), m.start());
            if (possessive || !BEFORE.matcher(before).find()) return false;
        }
        return any;
    }
}
