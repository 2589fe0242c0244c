package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import dev.triangulate.model.Words;

/**
 * Decides whether two reported values of one slot can both be true. Counts are compared as
 * ranges: "at least 8" is [8, ∞) and agrees with 11; "about 40" is [32, 48]; "several" is
 * [2, 20] and "dozens" [24, 199]; 4 and 8 are disjoint and conflict. Fates "shot" agrees with "killed" and "injured".
 */
public final class ValueCompatibility {
    private ValueCompatibility() {}

    /** A numeric range [low, high]. */
    public record Range(double low, double high) {
        boolean overlaps(Range o) { return low <= o.high && o.low <= high; }
    }

    /** What vague amounts can mean: "dozens" is at least 24, "hundreds" at least 200. */
    private static final java.util.Map<String, Range> VAGUE = java.util.Map.of(
            "several", new Range(2, 20), "multiple", new Range(2, 20), "many", new Range(3, Double.POSITIVE_INFINITY),
            "numerous", new Range(4, Double.POSITIVE_INFINITY), "dozens", new Range(24, 199), "scores", new Range(40, 199),
            "hundreds", new Range(200, 1999), "thousands", new Range(2000, Double.POSITIVE_INFINITY));

    public static Range range(String value, Qualifier q) {
        if (q == Qualifier.SEVERAL || VAGUE.containsKey(value)) return VAGUE.getOrDefault(value, new Range(2, 20));
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (q == null ? Qualifier.EXACT : q) {
            case AT_LEAST -> new Range(v, Double.POSITIVE_INFINITY);
            case MORE_THAN -> new Range(v + 1, Double.POSITIVE_INFINITY);
            case UP_TO -> new Range(0, v);
            case ABOUT -> new Range(Math.floor(v * 0.8), Math.ceil(v * 1.2));
            default -> new Range(v, v);
        };
    }

    public static boolean compatible(Slot slot, String a, Qualifier qa, String b, Qualifier qb) {
        if (!slot.singleValued()) return true;
        if (slot.numeric()) {
            Range ra = range(a, qa), rb = range(b, qb);
            if (ra == null || rb == null) return a.equals(b);
            return ra.overlaps(rb);
        }
        if (slot == Slot.FATE) {
            // someone can be shot and die, or be wounded and arrested; dead and alive cannot both be true
            if (a.equals(b) || a.equals("shot") || b.equals("shot") || a.equals("charged") || b.equals("charged")) return true;
            return !(a.equals("killed") || b.equals("killed"));
        }
        // places and dates: same words, or one name contained in the other ("Port Alder" / "Alder")
        var wa = String.join(" ", Words.of(a));
        var wb = String.join(" ", Words.of(b));
        return wa.equals(wb) || (" " + wa + " ").contains(" " + wb + " ") || (" " + wb + " ").contains(" " + wa + " ");
    }

    /** Whether a slot's true value can change while a story develops (tolls rise, the wounded die). */
    public static boolean canDevelop(Slot slot) {
        return slot == Slot.KILLED || slot == Slot.INJURED || slot == Slot.ARRESTED || slot == Slot.FATE;
    }
}
