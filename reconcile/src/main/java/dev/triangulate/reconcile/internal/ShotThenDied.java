package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Slot;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Injured counts that are the dead before they died. An early report says "a girl was shot"
 * or "a boy is in critical condition"; later ones, or reports that know more, say she died.
 * When the story's reports of deaths never count anyone injured, and no report of an injury
 * counts more people than the dead or speaks of others ("two others were also injured"),
 * the injured are the dead and their counts are left out of the story's injured fact.
 */
public final class ShotThenDied {
    private ShotThenDied() {}

    private static final Pattern OTHERS = Pattern.compile("(?i)\\b(other|others|also|another|more)\\b");

    /** The injured claims superseded by reports of the deaths (compared by identity), possibly none. */
    public static Set<Claim> superseded(List<ExtractedArticle> articles) {
        int maxKilled = 0, maxInjured = 0;
        boolean bothInOne = false;
        Set<Claim> injured = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ExtractedArticle a : articles) {
            boolean killed = false, hurt = false;
            for (Claim c : a.claims()) {
                if (!c.subject().equals(Claim.INCIDENT)) continue;
                int n = count(c.value());
                if (n <= 0) continue;
                if (c.slot() == Slot.KILLED) {
                    killed = true;
                    maxKilled = Math.max(maxKilled, n);
                } else if (c.slot() == Slot.INJURED) {
                    hurt = true;
                    maxInjured = Math.max(maxInjured, n);
                    if (OTHERS.matcher(c.evidence().span()).find()) return Set.of();
                    injured.add(c);
                }
            }
            if (killed && hurt) bothInOne = true;
        }
        if (maxKilled == 0 || injured.isEmpty() || bothInOne || maxInjured > maxKilled) return Set.of();
        return injured;
    }

    /** A count's number ("3", ">=2"), or -1 for none or a vague word ("several"). */
    static int count(String value) {
        try {
            return (int) Double.parseDouble(value.replaceAll("^[^0-9]+", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
