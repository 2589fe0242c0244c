package dev.triangulate.model;

/**
 * One statement of fact found in one article.
 *
 * @param subject     who or what the fact is about: "incident", "perpetrator", "victim" or a person's name
 * @param slot        which fact
 * @param value       normalized value ("3", "Ankara", "killed", "2016-12-19")
 * @param qualifier   qualifier of numeric values; EXACT otherwise
 * @param hedge       the hedging cue ("reportedly", "are said to"), or null when stated plainly
 * @param attribution who the article credits for it ("NTV", "Ankara's mayor"), or null
 * @param evidence    the sentence and span stating it
 */
public record Claim(String subject, Slot slot, String value, Qualifier qualifier, String hedge,
                    String attribution, Evidence evidence) {

    public static final String INCIDENT = "incident";
    public static final String PERPETRATOR = "perpetrator";
    public static final String VICTIM = "victim";

    /** The value with its qualifier, e.g. ">=3". */
    public String displayValue() {
        return qualifier == Qualifier.EXACT || qualifier == null ? value : qualifier.symbol() + value;
    }
}
