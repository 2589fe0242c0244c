package dev.triangulate.model;

import java.util.Locale;

/**
 * The kinds of fact the engine extracts. A single-valued slot has one true value per
 * subject (two different values conflict); a multi-valued slot can hold several true values
 * at once (a story can mention a gallery and an exhibition as venue), so its values never
 * conflict with one another.
 */
public enum Slot {
    KILLED(true, true), INJURED(true, true), ARRESTED(true, true), SHOTS(true, true),
    WEAPON(false, false), PLACE(true, false), COUNTRY(true, false), REGION(true, false), DISTRICT(false, false),
    VENUE(false, false), DATE(true, false), TIME(true, false),
    VICTIM(false, false), PERPETRATOR(false, false),
    NAME(false, false), AGE(true, true), ROLE(false, false), FATE(true, false),
    MOTIVE(false, false), RESPONSIBILITY(false, false);

    private final boolean singleValued;
    private final boolean count;

    Slot(boolean singleValued, boolean count) {
        this.singleValued = singleValued;
        this.count = count;
    }

    public boolean singleValued() { return singleValued; }

    /** Whether values are numbers compared as ranges (counts and ages). */
    public boolean numeric() { return count; }

    /** The lower-case JSON name ("killed", "age"). */
    public String key() { return name().toLowerCase(Locale.ROOT); }
}
