package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Slot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The people a story's reports name as the perpetrator, arrested or charged. Each report drops
 * its own suspects from its victims, but a report that only says "Peterson was wounded" does not
 * know what another says ("Curtis Peterson was arrested"); across the story such a name is no
 * victim. Only names stated in the arrest or charge itself count (a "he" may have been resolved
 * to the victim), only full names, and not someone a report says was killed (a victim's criminal
 * record: "Lunceford had recently been charged with ...").
 */
public final class Perpetrators {
    private Perpetrators() {}

    /** Canonical names of the story's perpetrators and suspects. */
    public static Set<String> of(List<ExtractedArticle> articles, UnaryOperator<String> canonical) {
        Set<String> killed = new HashSet<>();
        for (ExtractedArticle a : articles) {
            for (Claim c : a.claims()) if (c.slot() == Slot.FATE && c.value().equals("killed")) killed.add(canonical.apply(c.subject()));
        }
        Set<String> out = new HashSet<>();
        for (ExtractedArticle a : articles) {
            for (Claim c : a.claims()) {
                if (c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.PERPETRATOR && fullName(c.value())) {
                    out.add(canonical.apply(c.value()));
                } else if (c.slot() == Slot.FATE && (c.value().equals("arrested") || c.value().equals("charged"))
                        && fullName(c.subject()) && stated(c) && !killed.contains(canonical.apply(c.subject()))) {
                    out.add(canonical.apply(c.subject()));
                }
            }
        }
        return out;
    }

    /** A full name: a surname alone ("Goens was charged") may be a relative of the victim who shares it. */
    private static boolean fullName(String s) {
        return NameAliases.isName(s) && s.strip().contains(" ");
    }

    private static boolean stated(Claim c) {
        String[] words = c.subject().strip().split("\\s+");
        return c.evidence().span().contains(words[words.length - 1]);
    }
}
