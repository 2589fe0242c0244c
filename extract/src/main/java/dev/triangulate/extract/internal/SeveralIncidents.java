package dev.triangulate.extract.internal;

import java.util.regex.Pattern;

/**
 * A sentence whose counts add up several incidents: a number of shootings ("three overnight
 * shootings left five people injured", "Toddler, 4 others injured in 3 overnight shooting
 * incidents"), a series of them ("a series of back-and-forth shootings that have left ... eight
 * wounded", "A spate of Fourth of July gunfire left 20 people wounded"), the whole city ("Eight other
 * people were wounded across the city overnight") or a span of hours to months ("Twelve people were
 * shot in Chicago in about ten hours", "In the past two months, eight youths have been injured").
 * Such a count is a roundup's total, no count of one incident. ("the shootings" alone may be one
 * rampage's, so a plural needs a number.)
 */
final class SeveralIncidents {
    private SeveralIncidents() {}

    private static final String NUMBER = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|several|multiple|\\d+)";

    private static final Pattern TOTAL = Pattern.compile(
            // "three overnight shootings", "two separate shooting incidents", "Four other overnight incidents"
            "\\b" + NUMBER + " (?:(?:other|more|separate|different|overnight|weekend|recent|unrelated|related|violent|shooting|"
                    + "possibly|apparently|but|similar),? ){0,3}(?:shootings|incidents|attacks)\\b"
                    // "a series of back-and-forth shootings", "a spate of Fourth of July gunfire"
                    + "|\\b(?:series|string|spate|rash|wave|flurry) of (?:[\\w-]+ ){0,4}?(?:shootings|gunfire|violence|attacks)\\b"
                    + "|\\bacross (?:the )?(?:city|town|county|region|state)\\b|\\bcitywide\\b"
                    // "Violent weekend in Detroit: 17 scenes, 7 dead, 14 hurt", "Six shot in gun violence throughout Brooklyn, Queens"
                    + "|\\b(?:violent|bloody) (?:night|weekend)\\b|\\bin gun violence\\b|\\bseparate incidents\\b"
                    // "in about ten hours", "in less than a week", "in the past two months", "within an hour of each other"
                    + "|\\b(?:in|within|over) (?:about |nearly |roughly |just |less than |under |a span of |the (?:past|last) )?"
                    + "(?:a|an|a few|" + NUMBER + ") (?:hours?|days|weeks?|months)\\b"
                    // not a time from the event: "A little over a week later, Clark was one of four injured"
                    + "(?! (?:later|earlier|ago|before|after|prior))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the sentence's counts are a total over several incidents.
     *
     * @param v the sentence
     * @return true for a roundup's total: a number of shootings, a series of them, the whole city or a span of time
     */
    static boolean total(SentenceView v) {
        return TOTAL.matcher(v.sentence.text()).find();
    }
}
