package dev.triangulate.extract.internal;

import java.util.Map;

/**
 * A town given as the far reference point of a distance: "120 miles north of Kansas City",
 * "about 40 miles southeast of Dallas". A reader is told where a small place lies by a big
 * city far off; the city is not where it happened. A near one ("two miles north of Dayton")
 * still names the nearest town, where records file the event.
 */
final class FarReferences {
    /** Distances from this many miles on say where a place lies rather than which town it is in. */
    private static final int FAR_MILES = 10;
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("hundred", 100),
            Map.entry("dozen", 12), Map.entry("dozens", 24));

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
        String n = v.lower(direction - 2).replace(",", "");
        Integer amount = Regex.matches(n, "\\d+(\\.\\d+)?") ? Integer.valueOf((int) Double.parseDouble(n)) : NUMBER_WORDS.get(n.replaceAll("-.*", ""));
        if (amount == null) return false;
        return km ? amount >= FAR_MILES * 1.6 : amount >= FAR_MILES;
    }
}
