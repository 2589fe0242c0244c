package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.Slot;
import dev.triangulate.model.Words;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Places inside places: when one report gives the city ("Port Alder") and another only the
 * district ("North Quay"), and some report of the story names North Quay as a district, the
 * second report's place is that district: a finer statement of the same place, not a conflict.
 * Likewise a part named after a town another report gives ("North Philadelphia" beside
 * "Philadelphia"), and a county ("Orangeburg County") when another report names the town: the
 * county is the larger area the town lies in, which reports name when they know no town.
 */
public final class PlaceContainment {
    private final Set<String> districts = new HashSet<>();
    private final Set<String> places = new HashSet<>();

    /** Learns the story's districts and places from all its claims. */
    public PlaceContainment(Collection<Claim> storyClaims) {
        for (Claim c : storyClaims) {
            if (!Claim.INCIDENT.equals(c.subject())) continue;
            if (c.slot() == Slot.DISTRICT) districts.add(key(c.value()));
            if (c.slot() == Slot.PLACE) places.add(key(c.value()));
        }
    }

    /** The claim, as a district claim when its place is a known district of another stated place. */
    public Claim apply(Claim c) {
        if (c.slot() != Slot.PLACE || !Claim.INCIDENT.equals(c.subject())) return c;
        String k = key(c.value());
        boolean district = districts.contains(k) && places.stream().anyMatch(p -> !p.equals(k));
        boolean part = places.stream().anyMatch(p -> !county(p) && (k.matches("(" + PART + ") " + java.util.regex.Pattern.quote(p) + "|" + java.util.regex.Pattern.quote(p) + " (" + PART + ")")));
        boolean county = county(k) && places.stream().anyMatch(p -> !county(p));
        if (!district && !part && !county) return c;
        return new Claim(c.subject(), Slot.DISTRICT, c.value(), c.qualifier(), c.hedge(), c.attribution(), c.evidence());
    }

    /** Words that name a part of a town: "North Philadelphia", "New Orleans East", "downtown Dayton". */
    private static final String PART = "north|south|east|west|northeast|northwest|southeast|southwest|downtown|central|midtown|uptown";

    private static boolean county(String key) {
        return key.endsWith(" county") || key.endsWith(" parish");
    }

    private static String key(String value) {
        return String.join(" ", Words.of(value));
    }
}
