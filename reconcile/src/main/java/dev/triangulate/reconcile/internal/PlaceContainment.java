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
        if (!districts.contains(k) || places.stream().noneMatch(p -> !p.equals(k))) return c;
        return new Claim(c.subject(), Slot.DISTRICT, c.value(), c.qualifier(), c.hedge(), c.attribution(), c.evidence());
    }

    private static String key(String value) {
        return String.join(" ", Words.of(value));
    }
}
