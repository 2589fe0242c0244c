package dev.triangulate.extract.internal;

/**
 * A town given as the far reference point of a distance: "120 miles north of Kansas City",
 * "about 40 miles southeast of Dallas". A reader is told where a small place lies by a big
 * city far off; the city is not where it happened. A near one ("two miles north of Dayton")
 * still names the nearest town, where records file the event.
 */
final class FarReferences {
    /** Distances from this many miles on say where a place lies rather than which town it is in. */
    private static final int FAR_MILES = 10;

    private FarReferences() {
    }

    /**
     * Whether the compass word at {@code direction} ("north" in "120 miles north of X") follows a
     * distance of {@value #FAR_MILES} miles (16 km) or more.
     */
    static boolean far(SentenceView v, int direction) {
        if (v.at(direction) == null || !Regex.matches(v.lower(direction), "(north|south)(east|west)?|east|west")) return false;
        if (v.at(direction - 1) == null || v.at(direction - 2) == null) return false;
        String unit = v.lower(direction - 1);
        boolean km = Regex.matches(unit, "kilometers|kilometres|km");
        if (!km && !Regex.matches(unit, "miles|mi\\.?")) return false;
        // the analysis reads the number, in digits or words ("120", "forty", "a dozen")
        var amount = v.numbers.stream().filter(n -> n.lastToken() == direction - 2).findFirst();
        if (amount.isEmpty()) return false;
        return km ? amount.get().value() >= FAR_MILES * 1.6 : amount.get().value() >= FAR_MILES;
    }
}
